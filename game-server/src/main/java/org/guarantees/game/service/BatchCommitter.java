package org.guarantees.game.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.domain.ErrorCodes;
import org.guarantees.game.domain.EventTypes;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.MoveRejected;
import org.guarantees.game.domain.NewEvent;
import org.guarantees.game.domain.TableFold;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.DealMapper;
import org.guarantees.game.store.EventStore;
import org.guarantees.game.store.RatingOutbox;
import org.guarantees.game.store.TableProjection;
import org.jboss.logging.Logger;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides a batch of moves against speculative table states and commits all their events in one transaction. Nothing
 * is acknowledged or broadcast before the commit; on a conflict with another process the tables are caught up and the
 * moves decided again, one by one.
 */
@ApplicationScoped
public class BatchCommitter {
    private static final Logger LOG = Logger.getLogger(BatchCommitter.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_CONFLICT_RETRIES = 3;

    private final EventStore store;
    private final TableProjection projection;
    private final RatingOutbox outbox;
    private final TableRegistry registry;
    private final Broadcaster broadcaster;
    private final ObjectMapper json;
    private final String nodeId = UUID.randomUUID().toString();
    private final Counter accepted;
    private final Counter rejected;
    private final DistributionSummary batchSize;

    public BatchCommitter(EventStore store, TableProjection projection, RatingOutbox outbox, TableRegistry registry,
                          Broadcaster broadcaster, ObjectMapper json, MeterRegistry metrics) {
        this.store = store;
        this.projection = projection;
        this.outbox = outbox;
        this.registry = registry;
        this.broadcaster = broadcaster;
        this.json = json;
        this.accepted = metrics.counter("game.moves.accepted");
        this.rejected = metrics.counter("game.moves.rejected");
        this.batchSize = metrics.summary("game.commit.batch.size");
    }

    public String nodeId() {
        return nodeId;
    }

    void commit(List<MoveRequest> moves) {
        if (!moves.isEmpty()) {
            commit(moves, 0);
        }
    }

    private void commit(List<MoveRequest> moves, int attempt) {
        Batch batch = new Batch();
        for (MoveRequest move : moves) {
            decide(batch, move);
        }
        if (batch.eventsByTable.isEmpty()) {
            return;
        }
        try {
            write(batch);
        } catch (SQLException e) {
            if (isConflict(e) && attempt < MAX_CONFLICT_RETRIES) {
                LOG.debugf("conflict on commit, catching up %d tables", batch.eventsByTable.size());
                batch.eventsByTable.keySet().forEach(this::catchUpQuietly);
                for (Decided d : batch.decided) {
                    commit(List.of(d.move), attempt + 1);
                }
                batch.duplicates.forEach(dup -> commit(List.of(dup.move), attempt + 1));
                return;
            }
            if (!isStorageDown(e) && batch.decided.size() + batch.duplicates.size() > 1) {
                // one bad move must not fail the others: commit each on its own, so only the offender is refused
                LOG.warnf("a batch of %d moves failed (SQL state %s); committing them one by one", batch.decided.size(),
                        e.getSQLState());
                batch.decided.forEach(d -> commit(List.of(d.move), attempt));
                batch.duplicates.forEach(dup -> commit(List.of(dup.move), attempt));
                return;
            }
            // the SQL state only: the driver's message can quote the rows, and so a player's chat
            LOG.warnf("could not commit %d moves (SQL state %s)", batch.decided.size(), e.getSQLState());
            MoveRejected failure = isConflict(e)
                    ? new MoveRejected(ErrorCodes.BUSY, "the table is busy; retry with the same message id")
                    : isStorageDown(e) ? new MoveRejected(ErrorCodes.STORAGE_UNAVAILABLE,
                    "the game could not be saved; nothing was changed; retry with the same message id")
                    : new MoveRejected(ErrorCodes.BAD_MESSAGE, "the game could not store this move; nothing was changed");
            batch.decided.forEach(d -> d.move.result().completeExceptionally(failure));
            batch.duplicates.forEach(dup -> dup.move.result().completeExceptionally(failure));
            return;
        }
        batchSize.record(batch.decided.size());
        publish(batch);
    }

    private void decide(Batch batch, MoveRequest move) {
        try {
            TableRuntime runtime = registry.load(move.tableId());
            TableState state = batch.states.getOrDefault(move.tableId(), runtime.state());
            if (move.clientMsgId() != null) {
                var seen = runtime.seqOf(move.actor(), move.clientMsgId());
                if (seen.isPresent()) {
                    move.result().complete(new Outcome(seen.get(), true));
                    return;
                }
                Decided pending = batch.byClientKey.get(move.tableId() + TableRuntime.clientKey(move.actor(), move.clientMsgId()));
                if (pending != null) {
                    batch.duplicates.add(new Duplicate(move, pending));
                    return;
                }
            }
            Instant now = Instant.now();
            List<NewEvent> decided = Rules.decide(runtime.scenario(), state, move.actor(), move.command(), now);
            if (decided.isEmpty()) {
                move.result().complete(new Outcome(state.lastSeq(), false));
                return;
            }
            List<GameEvent> numbered = new ArrayList<>(decided.size());
            long seq = state.lastSeq();
            for (NewEvent event : decided) {
                GameEvent e = event.numbered(++seq, numbered.isEmpty() ? move.clientMsgId() : null, now);
                numbered.add(e);
                state = TableFold.apply(state, e);
            }
            batch.states.put(move.tableId(), state);
            batch.runtimes.put(move.tableId(), runtime);
            batch.eventsByTable.computeIfAbsent(move.tableId(), id -> new ArrayList<>()).addAll(numbered);
            Decided d = new Decided(move, numbered.get(0).seq());
            batch.decided.add(d);
            if (move.clientMsgId() != null) {
                batch.byClientKey.put(move.tableId() + TableRuntime.clientKey(move.actor(), move.clientMsgId()), d);
            }
        } catch (MoveRejected e) {
            rejected.increment();
            move.result().completeExceptionally(e);
        } catch (NoSuchTableException e) {
            move.result().completeExceptionally(new MoveRejected(ErrorCodes.BAD_MESSAGE, e.getMessage()));
        } catch (SQLException e) {
            move.result().completeExceptionally(new MoveRejected(ErrorCodes.STORAGE_UNAVAILABLE,
                    "the game could not be loaded; retry with the same message id"));
        }
    }

    private void write(Batch batch) throws SQLException {
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                // one round trip per kind of statement for the whole batch, however many tables it touches
                Map<UUID, TableState> after = new LinkedHashMap<>();
                Map<UUID, Long> lastSeqs = new LinkedHashMap<>();
                batch.eventsByTable.keySet().forEach(tableId -> {
                    after.put(tableId, batch.states.get(tableId));
                    lastSeqs.put(tableId, batch.states.get(tableId).lastSeq());
                });
                store.append(c, batch.eventsByTable);
                projection.update(c, after);
                for (Map.Entry<UUID, List<GameEvent>> entry : batch.eventsByTable.entrySet()) {
                    UUID tableId = entry.getKey();
                    for (GameEvent e : entry.getValue()) {
                        if (EventTypes.TABLE_CONCLUDED.equals(e.type())) {
                            TableRuntime runtime = batch.runtimes.get(tableId);
                            outbox.enqueue(c, tableId, after.get(tableId).version(),
                                    dealJson(runtime, after.get(tableId)));
                        } else if (EventTypes.DEAL_RATED.equals(e.type())) {
                            outbox.markRated(c, tableId);
                        }
                    }
                }
                store.announce(c, lastSeqs, nodeId);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        }
    }

    private void publish(Batch batch) {
        batch.eventsByTable.forEach((tableId, events) -> {
            TableRuntime runtime = batch.runtimes.get(tableId);
            for (GameEvent event : events) {
                runtime.accept(List.of(event));
                broadcaster.deliver(runtime, event);
            }
        });
        for (Decided d : batch.decided) {
            accepted.increment();
            d.move.result().complete(new Outcome(d.firstSeq, false));
        }
        batch.duplicates.forEach(dup -> dup.move.result().complete(new Outcome(dup.original.firstSeq, true)));
    }

    /** Applies and broadcasts what other processes committed since this one last looked. */
    void catchUp(TableRuntime runtime) throws SQLException {
        for (GameEvent event : store.loadAfter(runtime.tableId(), runtime.state().lastSeq())) {
            runtime.accept(List.of(event));
            broadcaster.deliver(runtime, event);
        }
    }

    private void catchUpQuietly(UUID tableId) {
        try {
            catchUp(registry.load(tableId));
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("could not catch up table %s: %s", tableId, e.getMessage());
        }
    }

    private String dealJson(TableRuntime runtime, TableState state) {
        try {
            return json.writeValueAsString(DealMapper.toDeal(runtime.scenario(), state.draft(),
                    runtime.scenario().title() + ", table " + runtime.tableId()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isConflict(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
            if (cause instanceof BatchUpdateException && cause.getNextException() == null && cause.getCause() instanceof SQLException s) {
                return UNIQUE_VIOLATION.equals(s.getSQLState());
            }
        }
        return false;
    }

    /**
     * Whether the database itself is out of reach (no connection, or a connection lost), as opposed to refusing this
     * batch's data: then every move fails alike and retrying them one by one would only wait longer.
     */
    private static boolean isStorageDown(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57") || state.startsWith("53");
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction died with it
        }
    }

    private record Decided(MoveRequest move, long firstSeq) {
    }

    private record Duplicate(MoveRequest move, Decided original) {
    }

    private static final class Batch {
        final Map<UUID, TableState> states = new HashMap<>();
        final Map<UUID, TableRuntime> runtimes = new HashMap<>();
        final Map<UUID, List<GameEvent>> eventsByTable = new LinkedHashMap<>();
        final Map<String, Decided> byClientKey = new HashMap<>();
        final List<Decided> decided = new ArrayList<>();
        final List<Duplicate> duplicates = new ArrayList<>();
    }
}
