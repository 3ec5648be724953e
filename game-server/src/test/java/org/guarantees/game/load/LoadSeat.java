package org.guarantees.game.load;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

import java.util.BitSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One seat's socket. Checks that it sees every seq of its table exactly once and in order, reports the arrival time of
 * every event to its table, and sends the moves the pacer asks for.
 */
final class LoadSeat {
    /**
     * Refusals that honest contention produces: two seats amending the same version, a second signature, a change or a
     * decline that crossed a signing window's opening or closing.
     */
    static final Set<String> EXPECTED_REFUSALS = Set.of("STALE_VERSION", "NO_CHANGE", "DRAFT_FROZEN", "NOT_ALLOWED");
    private static final AtomicLong IDS = new AtomicLong();

    final LoadTable table;
    final String role;
    final String token;
    private final LoadRun run;
    private final BitSet seen = new BitSet();
    private volatile WebSocket socket;
    private Context context;
    private long maxSeen;
    private long duplicates;
    private long outOfOrder;
    private volatile boolean closed;
    private Promise<Void> welcomed;

    LoadSeat(LoadTable table, String role, String token, LoadRun run) {
        this.table = table;
        this.role = role;
        this.token = token;
        this.run = run;
    }

    Future<Void> connect(WebSocketClient client, String host, int port) {
        welcomed = Promise.promise();
        String uri = "/ws/tables/" + table.tableId + "?token=" + token + "&role=" + role;
        client.connect(new WebSocketConnectOptions().setHost(host).setPort(port).setURI(uri)).onComplete(ar -> {
            if (ar.failed()) {
                welcomed.tryFail(ar.cause());
                return;
            }
            socket = ar.result();
            context = io.vertx.core.Vertx.currentContext();
            socket.textMessageHandler(this::onFrame);
            socket.closeHandler(v -> {
                closed = true;
                run.closes.incrementAndGet();
                welcomed.tryFail("closed before the welcome");
            });
            socket.exceptionHandler(e -> { });
        });
        return welcomed.future();
    }

    /** Sends a move of the mix; {@code latencyTarget} collects its delivery times (null while warming up). */
    void sendMove(StepStats latencyTarget) {
        context.runOnContext(v -> write(MoveMix.pick(ThreadLocalRandom.current()), latencyTarget));
    }

    void sendProposal() {
        context.runOnContext(v -> write(MoveMix.Kind.PROPOSE, null));
    }

    /** Runs on this socket's event loop; the send time is taken just before the write. */
    private void write(MoveMix.Kind kind, StepStats latencyTarget) {
        if (closed) {
            run.moveAnswered();
            return;
        }
        String id = role.charAt(0) + "-" + IDS.incrementAndGet();
        String frame = table.nextMove(role, id, kind, ThreadLocalRandom.current());
        table.sent(id, System.nanoTime(), latencyTarget);
        run.current().sent.increment();
        socket.writeTextMessage(frame);
    }

    private void onFrame(String text) {
        long now = System.nanoTime();
        JsonObject frame = new JsonObject(text);
        switch (frame.getString("type", "")) {
            case "event" -> onEvent(frame, now);
            case "ack" -> {
                table.acked(frame.getLong("seq"));
                run.current().acked.increment();
                if (run.measuring()) {
                    run.current().ackedInWindow.increment();
                }
                run.moveAnswered();
            }
            case "error" -> {
                String id = frame.getString("id");
                if (id != null) {
                    table.refused(id);
                }
                run.current().refused(frame.getString("code"));
                if (id != null) {
                    run.moveAnswered();
                }
            }
            case "welcome" -> {
                table.welcome(frame);
                maxSeen = frame.getJsonObject("state").getLong("lastSeq", 0L);
                seen.set(1, (int) maxSeen + 1);
                welcomed.tryComplete();
            }
            default -> { }
        }
    }

    private void onEvent(JsonObject frame, long now) {
        long seq = frame.getLong("seq");
        synchronized (this) {
            if (seen.get((int) seq)) {
                duplicates++;
            } else if (seq != maxSeen + 1) {
                outOfOrder++;
            }
            seen.set((int) seq);
            maxSeen = Math.max(maxSeen, seq);
        }
        table.arrived(seq, frame.getString("event"), frame.getJsonObject("data", new JsonObject()),
                frame.getString("id"), now);
    }

    /** Events of the table this seat never received, up to the table's highest known seq. */
    synchronized long lost() {
        long expected = table.maxSeq();
        return Math.max(0, expected - seen.get(1, (int) expected + 1).cardinality());
    }

    synchronized long duplicates() {
        return duplicates;
    }

    synchronized long outOfOrder() {
        return outOfOrder;
    }

    synchronized long maxSeen() {
        return maxSeen;
    }

    boolean open() {
        return socket != null && !closed;
    }

    void close() {
        if (socket != null && !closed) {
            socket.close();
        }
    }
}
