package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.JsonNode;
import org.guarantees.game.support.SeatClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server's own bot ({@link BotRunner}, the code a bot seat runs inside the server) played from a test over a real
 * WebSocket with a student's seat token. A bot seated by the server hides its frames from a test; this one records
 * every frame it receives before the bot reads it, so a test can inspect all a bot seat was sent.
 */
public final class RecordedBot implements WebSocket.Listener, AutoCloseable {
    private final BotRunner runner;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    private RecordedBot(BotRunner runner) {
        this.runner = runner;
    }

    /** Connects a bot of the named strategy ("boulware", "conceder", "tit-for-tat") to the seat of the token. */
    public static RecordedBot connect(URI base, String tableId, String token, String strategy) {
        RecordedBot bot = new RecordedBot(new BotRunner(Strategies.byName(strategy).orElseThrow()));
        URI uri = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/tables/" + tableId + "?token="
                + token + "&since=0");
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, bot).join();
        return bot;
    }

    /** One think of the bot, as the server's bot scheduler does it: at most one move sent, none while one is unsettled. */
    public void step() {
        runner.step();
    }

    public List<JsonNode> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        runner.stop();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        runner.onOpen(webSocket);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        // the runner keeps its own partial frame and asks for the next one; this only keeps a copy of each whole frame
        partial.append(data);
        if (last) {
            received.add(read(partial.toString()));
            partial.setLength(0);
        }
        return runner.onText(webSocket, data, last);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        return runner.onClose(webSocket, statusCode, reason);
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        runner.onError(webSocket, error);
    }

    private static JsonNode read(String text) {
        try {
            return SeatClient.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("server sent a frame that is not JSON: " + text, e);
        }
    }
}
