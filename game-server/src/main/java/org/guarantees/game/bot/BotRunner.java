package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.GameEvent;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * One bot seat played over a real WebSocket to this server's own table endpoint, with the bot participant's seat token:
 * it gets the frames a human seat gets and its moves pass the same checks. It sends one move at a time and waits for
 * its ack or error before the next.
 */
final class BotRunner implements WebSocket.Listener {
    private static final Logger LOG = Logger.getLogger(BotRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConcessionStrategy strategy;
    private final Deque<Command> pending = new ArrayDeque<>();
    private final StringBuilder partial = new StringBuilder();
    private BotMind mind;
    private String inFlight;
    private Instant sentAt = Instant.EPOCH;
    private volatile WebSocket socket;
    private volatile boolean finished;
    private Runnable whenFinished = () -> { };

    BotRunner(ConcessionStrategy strategy) {
        this.strategy = strategy;
    }

    void connect(URI tableSocket) {
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(tableSocket, this)
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        LOG.warnf("bot could not connect to %s: %s", tableSocket.getPath(), failure.getMessage());
                        finish();
                    }
                });
    }

    /** Called on the bot scheduler: decides and sends the next move when the previous one is settled. */
    synchronized void step() {
        if (mind == null || socket == null || finished) {
            return;
        }
        if (inFlight != null && Duration.between(sentAt, Instant.now()).toSeconds() < 10) {
            return;
        }
        inFlight = null;
        if (pending.isEmpty()) {
            pending.addAll(mind.decide(Instant.now()));
        }
        Command next = pending.poll();
        if (next != null) {
            ObjectNode frame = next.body().deepCopy().put("type", next.type()).put("id", UUID.randomUUID().toString());
            inFlight = frame.get("id").asText();
            sentAt = Instant.now();
            socket.sendText(frame.toString(), true);
        }
    }

    void stop() {
        finish();
        WebSocket ws = socket;
        if (ws != null && !ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bot stopped").exceptionally(e -> null);
        }
    }

    /** Runs {@code action} once the bot has stopped or its socket closed (at once if it already has). */
    void onFinish(Runnable action) {
        synchronized (this) {
            if (!finished) {
                whenFinished = action;
                return;
            }
        }
        action.run();
    }

    private void finish() {
        Runnable action;
        synchronized (this) {
            finished = true;
            action = whenFinished;
            whenFinished = () -> { };
        }
        action.run();
    }

    boolean finished() {
        return finished;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try {
                receive(JSON.readTree(text));
            } catch (Exception e) {
                LOG.warn("bot could not read a frame", e);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        finish();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        finish();
    }

    private synchronized void receive(JsonNode frame) {
        switch (frame.path("type").asText()) {
            case "welcome" -> mind = new BotMind(SeatBrief.fromWelcome(frame), strategy);
            case "event" -> {
                if (mind != null) {
                    mind.observe(new GameEvent(frame.path("seq").asLong(), frame.path("event").asText(),
                            frame.path("actor").asText(), List.of(), frame.path("id").asText(null),
                            frame.path("data") instanceof ObjectNode data ? data : JSON.createObjectNode(), Instant.parse(frame.path("at").asText())));
                }
            }
            case "ack" -> settle(frame, false);
            case "error" -> settle(frame, true);
            default -> {
                // what-if replies and reconnect notices need nothing from a bot
            }
        }
    }

    private void settle(JsonNode frame, boolean refused) {
        if (frame.path("id").asText("").equals(inFlight)) {
            inFlight = null;
            if (refused) {
                pending.clear();
            }
        }
    }
}
