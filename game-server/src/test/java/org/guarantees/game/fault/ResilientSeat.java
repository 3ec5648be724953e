package org.guarantees.game.fault;

import io.vertx.core.AsyncResult;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import org.guarantees.game.load.MoveMix;
import org.guarantees.game.load.TableDraft;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One student's client as a real one must behave when its server process dies: it plays the load mix one move at a
 * time, and when its socket drops it reconnects to whichever process accepts it, with {@code since} set to the last
 * sequence number it applied, and sends its unanswered move again with the same id. It checks that the events it
 * receives, across every reconnection, run gap-free and each once, and it writes every answer into its
 * {@link MoveLedger}, so that the test can look for each acknowledged move in the table's log.
 * <p>
 * Callbacks of an old socket can still arrive after a reconnection, so each connection has a generation and a
 * callback of any other than the current one is ignored. Everything runs under the seat's lock.
 */
final class ResilientSeat {
    /** A move whose answer does not come within this time is sent again on a new connection, as a real client would. */
    static final long ANSWER_TIMEOUT_MS = 15_000;
    static final long RETRY_BACKOFF_MS = 200;

    final String tableId;
    final String role;
    final String token;
    final MoveLedger ledger = new MoveLedger();
    private final String idPrefix;
    private final TableDraft draft;
    private final Vertx vertx;
    private final WebSocketClient client;
    private final List<URI> servers;
    private final int home;
    private final long thinkMs;
    private final Random random;

    private final List<Long> caughtUpAt = new ArrayList<>();
    private WebSocket socket;
    private int generation;
    private int server = -1;
    private long lastSeq;
    private long welcomeLastSeq = -1;
    private boolean caughtUp;
    private Pending pending;
    private int counter;
    private boolean stopping;
    private boolean closed;

    ResilientSeat(String tableId, String role, String token, int number, TableDraft draft, Vertx vertx,
                  WebSocketClient client, List<URI> servers, long thinkMs) {
        this.tableId = tableId;
        this.role = role;
        this.token = token;
        this.idPrefix = "k" + number + "-";
        this.draft = draft;
        this.vertx = vertx;
        this.client = client;
        this.servers = servers;
        this.home = number % servers.size();
        this.thinkMs = thinkMs;
        this.random = new Random(number);
    }

    synchronized void start() {
        connect(0);
    }

    /** Makes no new moves; an unanswered one is still sent again until it gets its answer. */
    synchronized void stop() {
        stopping = true;
    }

    /** Connected, with every event it missed applied. */
    synchronized boolean caughtUp() {
        return socket != null && caughtUp;
    }

    /** Caught up and with no move waiting for its answer. */
    synchronized boolean settled() {
        return pending == null && socket != null && caughtUp;
    }

    synchronized void close() {
        closed = true;
        if (socket != null) {
            socket.close();
        }
    }

    /** The index of the process this seat is connected to, or -1 while it is between connections. */
    synchronized int server() {
        return socket == null ? -1 : server;
    }

    /** When the seat, after {@code nanos}, was connected again and had applied every event it missed; -1 if not yet. */
    synchronized long caughtUpAfter(long nanos) {
        return caughtUpAt.stream().filter(t -> t > nanos).findFirst().orElse(-1L);
    }

    /** The id if this seat made it: only a seat's own copy of an event carries the move's id. */
    String ownsId(String id) {
        return id != null && id.startsWith(idPrefix) ? id : null;
    }

    /** Tries the seat's home process first, then the others in turn; when none accepts, waits a little and goes on. */
    private void connect(int attempt) {
        if (closed) {
            return;
        }
        int gen = ++generation;
        int target = (home + attempt) % servers.size();
        URI base = servers.get(target);
        welcomeLastSeq = -1;
        caughtUp = false;
        client.connect(new WebSocketConnectOptions().setHost(base.getHost()).setPort(base.getPort())
                        .setURI("/ws/tables/" + tableId + "?token=" + token + "&since=" + lastSeq))
                .onComplete(ar -> opened(gen, target, attempt, ar));
    }

    private synchronized void opened(int gen, int target, int attempt, AsyncResult<WebSocket> ar) {
        if (gen != generation || closed) {
            if (ar.succeeded()) {
                ar.result().close();
            }
            return;
        }
        if (ar.failed()) {
            if ((attempt + 1) % servers.size() == 0) {
                vertx.setTimer(RETRY_BACKOFF_MS, t -> retryConnect(gen, attempt + 1));
            } else {
                connect(attempt + 1);
            }
            return;
        }
        WebSocket ws = ar.result();
        socket = ws;
        server = target;
        ws.textMessageHandler(text -> onFrame(gen, text));
        ws.closeHandler(v -> dropped(gen));
        ws.exceptionHandler(e -> dropped(gen));
    }

    private synchronized void retryConnect(int gen, int attempt) {
        if (gen == generation) {
            connect(attempt);
        }
    }

    private synchronized void dropped(int gen) {
        if (gen != generation || socket == null) {
            return;
        }
        WebSocket dead = socket;
        socket = null;
        dead.close();
        connect(0);
    }

    private synchronized void onFrame(int gen, String text) {
        if (gen != generation) {
            return;
        }
        JsonObject frame = new JsonObject(text);
        switch (frame.getString("type", "")) {
            case "welcome" -> welcome(frame);
            case "event" -> event(frame);
            case "ack" -> ack(frame);
            case "error" -> error(frame);
            // a graceful shutdown asks to reconnect; a killed process never does, but a client honours it
            case "reconnect" -> dropped(gen);
            default -> { }
        }
    }

    private void welcome(JsonObject frame) {
        welcomeLastSeq = frame.getJsonObject("state").getLong("lastSeq", 0L);
        if (welcomeLastSeq < lastSeq) {
            ledger.anomaly("welcome at seq " + welcomeLastSeq + " behind the seat's " + lastSeq);
        }
        draft.welcome(frame);
        caughtUpIfDone();
    }

    private void event(JsonObject frame) {
        long seq = frame.getLong("seq");
        if (seq != lastSeq + 1) {
            ledger.anomaly((seq <= lastSeq ? "event again: seq " : "gap: seq ") + seq + " after " + lastSeq);
        }
        lastSeq = Math.max(lastSeq, seq);
        draft.applied(frame.getString("event"), frame.getJsonObject("data", new JsonObject()));
        if (!caughtUp) {
            caughtUpIfDone();
        }
    }

    /** Connected and every missed event applied: now the unanswered move goes again, or play goes on. */
    private void caughtUpIfDone() {
        if (caughtUp || welcomeLastSeq < 0 || lastSeq < welcomeLastSeq) {
            return;
        }
        caughtUp = true;
        caughtUpAt.add(System.nanoTime());
        if (pending != null) {
            if (!pending.retried) {
                pending.retried = true;
                ledger.retried();
            }
            send();
        } else {
            scheduleNext();
        }
    }

    private void ack(JsonObject frame) {
        String id = frame.getString("id");
        if (pending == null || !pending.id.equals(id)) {
            return;
        }
        ledger.acknowledged(id, pending.type, frame.getLong("seq"), frame.getBoolean("duplicate", false),
                pending.sentOn);
        pending = null;
        scheduleNext();
    }

    private void error(JsonObject frame) {
        String id = frame.getString("id");
        if (pending == null || !pending.id.equals(id)) {
            if (id == null && !"STORAGE_UNAVAILABLE".equals(frame.getString("code"))) {
                ledger.anomaly("error " + frame.encode());
            }
            return;
        }
        if (frame.getBoolean("retryable", false)) {
            // "nothing was changed; retry with the same message id"
            ledger.retryableError();
            int gen = generation;
            String again = pending.id;
            vertx.setTimer(RETRY_BACKOFF_MS, t -> resend(gen, again));
            return;
        }
        ledger.refused(id, frame.getString("code"));
        pending = null;
        scheduleNext();
    }

    private synchronized void resend(int gen, String id) {
        if (gen == generation && socket != null && pending != null && pending.id.equals(id)) {
            send();
        }
    }

    private void scheduleNext() {
        if (stopping || closed) {
            return;
        }
        int gen = generation;
        vertx.setTimer(1 + (long) (random.nextDouble() * 2 * thinkMs), t -> next(gen));
    }

    private synchronized void next(int gen) {
        if (gen != generation || stopping || closed || pending != null || socket == null) {
            return; // a reconnection schedules the next move itself once it has caught up
        }
        String id = idPrefix + counter++;
        String frame = draft.nextMove(role, id, MoveMix.pick(random), random);
        pending = new Pending(id, frame, new JsonObject(frame).getString("type"));
        send();
    }

    private void send() {
        pending.sentOn++;
        int gen = generation;
        String id = pending.id;
        socket.writeTextMessage(pending.frame);
        vertx.setTimer(ANSWER_TIMEOUT_MS, t -> answerOverdue(gen, id));
    }

    private synchronized void answerOverdue(int gen, String id) {
        if (gen == generation && pending != null && pending.id.equals(id)) {
            ledger.overdue();
            dropped(gen);
        }
    }

    /** The move waiting for its answer, how many times it was sent, and whether a new connection sent it again. */
    private static final class Pending {
        final String id;
        final String frame;
        final String type;
        int sentOn;
        boolean retried;

        Pending(String id, String frame, String type) {
            this.id = id;
            this.frame = frame;
            this.type = type;
        }
    }
}
