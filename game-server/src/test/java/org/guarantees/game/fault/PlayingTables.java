package org.guarantees.game.fault;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import org.guarantees.game.load.TableDraft;
import org.guarantees.game.support.SeatedTables;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every seat of many tables playing the load generator's move mix at once, each through a {@link ResilientSeat}, on
 * one small Vert.x client (two event loops), so that a thousand seats cost the test JVM little.
 */
final class PlayingTables implements AutoCloseable {
    final List<ResilientSeat> seats = new ArrayList<>();
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    private final WebSocketClient client;

    /**
     * {@code servers} in the order of the cluster's processes. Seats take them as home in turn, so each table starts
     * with seats on both processes and its moves reach half its seats through the other process.
     */
    PlayingTables(List<SeatedTables.Table> tables, List<URI> servers, long thinkMs) {
        int seatCount = tables.size() * 4;
        client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(seatCount + 100)
                .setConnectTimeout(5_000).setMaxFrameSize(1 << 20).setMaxMessageSize(4 << 20));
        for (SeatedTables.Table table : tables) {
            // one view of the draft per table, as its four seats see it, so that amendments name its current version
            TableDraft draft = new TableDraft();
            table.tokenByRole().forEach((role, token) -> seats.add(new ResilientSeat(table.tableId(), role, token,
                    seats.size(), draft, vertx, client, servers, thinkMs)));
        }
    }

    /** Connects every seat and waits until each has its welcome; from then on each plays by itself. */
    void start(Duration timeout) throws InterruptedException {
        seats.forEach(ResilientSeat::start);
        awaitAll(ResilientSeat::caughtUp, timeout, "connected");
    }

    List<ResilientSeat> connectedTo(int server) {
        return seats.stream().filter(s -> s.server() == server).toList();
    }

    /** Stops new moves and waits until every seat has the answer to its last one. */
    void settle(Duration timeout) throws InterruptedException {
        seats.forEach(ResilientSeat::stop);
        awaitAll(ResilientSeat::settled, timeout, "settled with every move answered");
    }

    private void awaitAll(Predicate<ResilientSeat> done, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!seats.stream().allMatch(done)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(seats.stream().filter(done.negate()).count() + " of " + seats.size()
                        + " seats not " + what + " within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        seats.forEach(ResilientSeat::close);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
