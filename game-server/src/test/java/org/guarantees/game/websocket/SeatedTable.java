package org.guarantees.game.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Four connected seats of one table, plus the small readings of their frames that the protocol tests share. */
final class SeatedTable implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final TableFixture fixture;
    final Map<String, SeatClient> seats = new LinkedHashMap<>();
    final Map<String, JsonNode> welcomes = new LinkedHashMap<>();

    private SeatedTable(TableFixture fixture) {
        this.fixture = fixture;
    }

    static SeatedTable open(URI base) {
        SeatedTable table = new SeatedTable(TableFixture.seatedTable());
        for (String role : TableFixture.ROLES) {
            SeatClient seat = table.fixture.connect(base, role, 0);
            table.seats.put(role, seat);
            table.welcomes.put(role, welcome(seat));
        }
        return table;
    }

    SeatedTable started() {
        fixture.instructor("start");
        seats.values().forEach(seat -> seat.event("table.started"));
        return this;
    }

    SeatClient seat(String role) {
        return seats.get(role);
    }

    static JsonNode welcome(SeatClient seat) {
        return seat.await(f -> "welcome".equals(f.path("type").asText()), WAIT);
    }

    static List<JsonNode> events(SeatClient seat) {
        return seat.received().stream().filter(f -> "event".equals(f.path("type").asText())).toList();
    }

    static long lastSeq(SeatClient seat) {
        return events(seat).stream().mapToLong(f -> f.path("seq").asLong()).max().orElse(0);
    }

    /**
     * The first event of this type the seat got, whether it already came (for instance while the test waited for an
     * ack, which always follows the sender's own event) or is still to come.
     */
    static JsonNode seen(SeatClient seat, String eventType) {
        return events(seat).stream().filter(f -> eventType.equals(f.path("event").asText())).findFirst()
                .orElseGet(() -> seat.event(eventType));
    }

    static JsonNode error(SeatClient seat, String code) {
        return seat.await(f -> "error".equals(f.path("type").asText()) && code.equals(f.path("code").asText()), WAIT);
    }

    /** Sends a valid public chat and returns its ack; every frame sent to this seat before it has arrived by then. */
    static JsonNode chatAndAck(SeatClient seat, String text) {
        String id = seat.send(SeatClient.move("chat").put("text", text));
        JsonNode ack = seat.reply(id);
        if (!"ack".equals(ack.path("type").asText())) {
            throw new AssertionError("chat was refused: " + ack);
        }
        return ack;
    }

    static void awaitClosed(SeatClient seat) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!seat.isClosed()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server did not close the socket within " + WAIT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        seats.values().forEach(SeatClient::close);
    }
}
