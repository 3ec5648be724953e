package org.guarantees.game.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.ErrorCodes;
import org.guarantees.game.domain.MoveRejected;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The single writer of this process: takes moves in arrival order, decides them against each table's state, commits
 * a whole batch of them in one transaction (group commit), then acknowledges and broadcasts. One thread owns every
 * {@link TableRuntime}, so a table's moves are decided strictly one after another.
 */
@ApplicationScoped
public class MoveProcessor {
    private static final Logger LOG = Logger.getLogger(MoveProcessor.class);
    static final int MAX_BATCH = 512;
    static final int MAX_QUEUE = 50_000;

    private final BlockingQueue<ProcessorTask> queue = new LinkedBlockingQueue<>(MAX_QUEUE);
    private final BatchCommitter committer;
    private final TableRegistry registry;
    private volatile Thread worker;

    public MoveProcessor(BatchCommitter committer, TableRegistry registry, MeterRegistry metrics) {
        this.committer = committer;
        this.registry = registry;
        metrics.gauge("game.moves.queued", queue, BlockingQueue::size);
    }

    void start(@Observes StartupEvent ignored) {
        worker = new Thread(this::run, "move-processor");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (worker != null) {
            worker.interrupt();
        }
    }

    public CompletableFuture<Outcome> submit(UUID tableId, String actor, String clientMsgId, Command command) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        if (!queue.offer(new MoveRequest(tableId, actor, clientMsgId, command, result))) {
            result.completeExceptionally(new MoveRejected(ErrorCodes.BUSY, "the server is overloaded; retry shortly"));
        }
        return result;
    }

    /** Runs {@code work} on the processor thread, after every move submitted before it has been committed. */
    public CompletableFuture<Void> onTable(UUID tableId, Consumer<TableRuntime> work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!queue.offer(new TableTask(tableId, work, done))) {
            done.completeExceptionally(new MoveRejected(ErrorCodes.BUSY, "the server is overloaded; retry shortly"));
        }
        return done;
    }

    /** What {@code reader} sees of the table once every move submitted before has been committed. */
    public <T> T read(UUID tableId, Function<TableRuntime, T> reader) throws Exception {
        AtomicReference<T> seen = new AtomicReference<>();
        onTable(tableId, runtime -> seen.set(reader.apply(runtime))).get(10, TimeUnit.SECONDS);
        return seen.get();
    }

    private void run() {
        List<ProcessorTask> batch = new ArrayList<>(MAX_BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                process(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("move processor batch failed", e);
            } finally {
                batch.clear();
            }
        }
    }

    private void process(List<ProcessorTask> batch) {
        List<MoveRequest> moves = new ArrayList<>();
        for (ProcessorTask task : batch) {
            if (task instanceof MoveRequest move) {
                moves.add(move);
            } else {
                committer.commit(moves);
                moves.clear();
                runTableTask((TableTask) task);
            }
        }
        committer.commit(moves);
    }

    private void runTableTask(TableTask task) {
        try {
            TableRuntime runtime = registry.load(task.tableId());
            committer.catchUp(runtime);
            task.work().accept(runtime);
            task.done().complete(null);
        } catch (Exception e) {
            task.done().completeExceptionally(e);
        }
    }
}
