package org.guarantees.game.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A real WebSocket client of one seat (the JDK's), recording every frame it receives. */
public final class SeatClient implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    private final java.util.LinkedList<JsonNode> unawaited = new java.util.LinkedList<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private final Listener listener;

    private SeatClient(WebSocket socket, Listener listener) {
        this.socket = socket;
        this.listener = listener;
    }

    public static SeatClient connect(URI base, String tableId, String token, long since) {
        SeatClient[] holder = new SeatClient[1];
        Listener listener = new Listener(holder);
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/tables/" + tableId + "?token="
                + token + "&since=" + since);
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, listener).join();
        SeatClient client = new SeatClient(socket, listener);
        listener.ready(client);
        return client;
    }

    /**
     * Tries a WebSocket upgrade with the given query string and returns the HTTP status: 101 when the socket opened
     * (it is closed again at once), otherwise the status of the refused handshake.
     */
    public static int upgradeStatus(URI base, String tableId, String query) {
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/tables/" + tableId
                + (query.isEmpty() ? "" : "?" + query));
        try {
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri, new WebSocket.Listener() { }).join();
            socket.abort();
            return 101;
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    public String send(ObjectNode message) {
        if (!message.has("id")) {
            message.put("id", UUID.randomUUID().toString());
        }
        sendRaw(message.toString());
        return message.get("id").asText();
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    public static ObjectNode move(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    /**
     * Waits for the oldest not yet awaited frame that matches. Frames that do not match stay available to later
     * awaits, so waiting for an ack never swallows an event that arrived before it.
     */
    public JsonNode await(Predicate<JsonNode> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (unawaited) {
            while (true) {
                for (java.util.Iterator<JsonNode> it = unawaited.iterator(); it.hasNext(); ) {
                    JsonNode frame = it.next();
                    if (wanted.test(frame)) {
                        it.remove();
                        return frame;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no matching frame within " + timeout + "; last frames: " + lastFrames());
                }
                try {
                    unawaited.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    public JsonNode reply(String id, Duration timeout) {
        return await(f -> id.equals(f.path("id").asText()) && f.path("type").asText().matches("ack|error|what-if"), timeout);
    }

    public JsonNode reply(String id) {
        return await(f -> id.equals(f.path("id").asText()) && (f.path("type").asText().equals("ack")
                || f.path("type").asText().equals("error") || f.path("type").asText().equals("what-if")),
                Duration.ofSeconds(15));
    }

    public JsonNode event(String eventType) {
        return await(f -> "event".equals(f.path("type").asText()) && eventType.equals(f.path("event").asText()),
                Duration.ofSeconds(15));
    }

    private String lastFrames() {
        List<JsonNode> frames = received();
        String text = frames.subList(Math.max(0, frames.size() - 5), frames.size()).toString();
        return text.length() > 3000 ? "..." + text.substring(text.length() - 3000) : text;
    }

    /**
     * Lets go of the frames no await has taken yet (they stay in {@link #received()}). A long run that only awaits
     * replies calls it after each, or every await scans every event the seat has ever been sent.
     */
    public void skipUnawaited() {
        synchronized (unawaited) {
            unawaited.clear();
        }
    }

    public List<JsonNode> received() {
        return new ArrayList<>(received);
    }

    /** The status of the server's close frame; null while open, or when the socket ended without one. */
    public Integer closeCode() {
        return listener.closeCode;
    }

    /** Why the socket ended without a close frame (a reset, an end of stream), or null. */
    public Throwable failure() {
        return listener.failure;
    }

    /**
     * True once the listener has been told the socket ended, by a close frame or a failure. The socket's own
     * {@code isInputClosed} can turn true before {@code onClose} has run, and a test would read no close code.
     */
    public boolean isClosed() {
        return listener.ended;
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static final class Listener implements WebSocket.Listener {
        private final SeatClient[] holder;
        private final StringBuilder partial = new StringBuilder();
        private final List<String> early = new ArrayList<>();
        private volatile Integer closeCode;
        private volatile Throwable failure;
        private volatile boolean ended;

        Listener(SeatClient[] holder) {
            this.holder = holder;
        }

        /**
         * Frames can arrive before the client exists; they wait in {@code early}. The client is made known under the
         * same lock as {@code onText}, so no later frame can be recorded before the early ones.
         */
        synchronized void ready(SeatClient client) {
            holder[0] = client;
            early.forEach(this::record);
            early.clear();
        }

        @Override
        public synchronized CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (holder[0] == null) {
                    early.add(text);
                } else {
                    record(text);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode = statusCode;
            ended = true;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failure = error;
            ended = true;
        }

        private void record(String text) {
            try {
                JsonNode frame = JSON.readTree(text);
                holder[0].received.add(frame);
                synchronized (holder[0].unawaited) {
                    holder[0].unawaited.add(frame);
                    holder[0].unawaited.notifyAll();
                }
            } catch (Exception e) {
                throw new IllegalStateException("server sent a frame that is not JSON: " + text, e);
            }
        }
    }
}
