package org.guarantees.game.shipped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.bot.HeadlessTable;
import org.guarantees.game.bot.SeatBrief;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.support.SeatClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Plays one seat over the real WebSocket with a {@link HeadlessTable.Player} (the same player a headless table seats):
 * the player is built from the seat's welcome frame, told every event frame the seat receives, and asked for its moves
 * on the wall clock; each move is sent with a fresh id and its ack or error awaited before the next.
 */
final class SocketPlayer implements AutoCloseable {
    private final SeatClient client;
    private final HeadlessTable.Player player;
    private final SeatBrief brief;
    private final Consumer<String> progress;
    private int consumed;

    private SocketPlayer(SeatClient client, HeadlessTable.Player player, SeatBrief brief, Consumer<String> progress) {
        this.client = client;
        this.player = player;
        this.brief = brief;
        this.progress = progress;
    }

    static SocketPlayer connect(URI server, String tableId, String seatToken,
                                Function<SeatBrief, HeadlessTable.Player> seating, Consumer<String> progress) {
        SeatClient client = SeatClient.connect(server, tableId, seatToken, 0);
        JsonNode welcome = client.await(f -> "welcome".equals(f.path("type").asText()), Duration.ofSeconds(15));
        SeatBrief brief = SeatBrief.fromWelcome(welcome);
        return new SocketPlayer(client, seating.apply(brief), brief, progress);
    }

    SeatClient client() {
        return client;
    }

    SeatBrief brief() {
        return brief;
    }

    /** Tells the player what arrived since the last step, then sends the moves it decides now, one at a time. */
    void step(Instant now) {
        feed();
        for (Command move : player.decide(now)) {
            ObjectNode frame = move.body().deepCopy().put("type", move.type());
            String id = client.send(frame);
            JsonNode reply = client.reply(id, Duration.ofSeconds(15));
            feed();
            if ("error".equals(reply.path("type").asText())) {
                progress.accept("  " + brief.role() + "'s " + move.type() + " refused: " + reply.path("code").asText()
                        + " " + reply.path("message").asText());
                break;
            }
            progress.accept("  " + brief.role() + " sent " + describe(frame));
        }
    }

    private void feed() {
        List<JsonNode> frames = client.received();
        for (; consumed < frames.size(); consumed++) {
            JsonNode frame = frames.get(consumed);
            if ("event".equals(frame.path("type").asText())) {
                player.observe(event(frame));
            }
        }
    }

    static GameEvent event(JsonNode frame) {
        ObjectNode data = frame.path("data") instanceof ObjectNode node ? node : SeatClient.JSON.createObjectNode();
        return new GameEvent(frame.path("seq").asLong(), frame.path("event").asText(), frame.path("actor").asText(),
                List.of(), frame.path("id").asText(null), data, Instant.parse(frame.path("at").asText()));
    }

    private static String describe(ObjectNode frame) {
        String text = frame.toString();
        return text.length() > 240 ? text.substring(0, 240) + "…" : text;
    }

    @Override
    public void close() {
        client.close();
    }
}
