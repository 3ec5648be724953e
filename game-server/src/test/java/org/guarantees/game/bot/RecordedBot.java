package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.support.SeatClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server's own bot ({@link BotRunner}, the code a bot seat runs inside the server) played from a test over a real
 * WebSocket with a student's seat token. A bot seated by the server hides its frames from a test; this one records
 * every frame it receives before the bot reads it, so a test can inspect all a bot seat was sent.
 */
public final class RecordedBot implements WebSocket.Listener, AutoCloseable {
    private final BotRunner runner;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<JsonNode>> awaiting = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;

    private RecordedBot(ConcessionStrategy strategy, BotPace pace) {
        this.runner = new BotRunner(strategy, pace, 1L, this::sendMove);
    }

    /** Connects a bot of the named strategy ("boulware", "conceder", "tit-for-tat") to the seat of the token. */
    public static RecordedBot connect(URI base, String tableId, String token, String strategy, BotPace pace) {
        RecordedBot bot = new RecordedBot(Strategies.byName(strategy).orElseThrow(), pace);
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/tables/" + tableId + "?token="
                + token + "&since=0");
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, bot).join();
        return bot;
    }

    /** One look of the bot at its seat, as the server's bot scheduler does it: at most one move sent at a time. */
    public void step() {
        runner.step();
    }

    public List<JsonNode> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        runner.close();
        WebSocket ws = socket;
        if (ws != null && !ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bot stopped").exceptionally(e -> null);
        }
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
            JsonNode frame = read(text);
            received.add(frame);
            String type = frame.path("type").asText();
            // the sender's own copy of its event carries the move's id too; only the ack or error settles the move
            CompletableFuture<JsonNode> outcome = type.equals("ack") || type.equals("error")
                    ? awaiting.remove(frame.path("id").asText("")) : null;
            if (outcome != null && type.equals("error")) {
                outcome.completeExceptionally(new IllegalStateException(frame.path("code").asText()));
            } else if (outcome != null) {
                outcome.complete(frame);
            }
            runner.send(text);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        runner.close();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        runner.close();
    }

    private CompletableFuture<?> sendMove(String clientMsgId, org.guarantees.game.domain.Command move) {
        CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
        awaiting.put(clientMsgId, outcome);
        ObjectNode frame = move.body().deepCopy().put("type", move.type()).put("id", clientMsgId);
        socket.sendText(frame.toString(), true);
        return outcome;
    }

    private static JsonNode read(String text) {
        try {
            return SeatClient.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("server sent a frame that is not JSON: " + text, e);
        }
    }
}
