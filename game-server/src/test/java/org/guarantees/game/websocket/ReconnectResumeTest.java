package org.guarantees.game.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class ReconnectResumeTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void aSeatThatReconnectsWithItsLastSeqGetsExactlyTheEventsItMissedInOrderOnce() {
        try (SeatedTable table = SeatedTable.open(base).started()) {
            SeatClient europe = table.seat("europe");
            SeatedTable.chatAndAck(europe, "Europe is here before the break");
            long lastSeen = SeatedTable.lastSeq(europe);
            europe.close();

            JsonNode welcome = table.welcomes.get("usa");
            List<Long> expected = new ArrayList<>();
            expected.add(ackSeq(table.seat("usa"), SeatClient.move("propose").put("baseVersion", 0)
                    .set("options", TableFixture.firstOptions(welcome))));
            expected.add(SeatedTable.chatAndAck(table.seat("ukraine"), "While Europe is away").path("seq").asLong());
            long privateSeq = ackSeq(table.seat("ukraine"), SeatClient.move("chat").put("to", "russia")
                    .put("text", "Only for Russia"));
            String[] amendment = TableFixture.otherOption(welcome, SeatedTable.seen(table.seat("russia"), "draft.proposed")
                    .path("data").path("options"));
            expected.add(ackSeq(table.seat("russia"), SeatClient.move("amend").put("baseVersion", 1)
                    .put("issue", amendment[0]).put("option", amendment[1])));
            long lastCommitted = expected.get(expected.size() - 1);

            SeatClient back = table.fixture.connect(base, "europe", lastSeen);
            JsonNode rewelcome = SeatedTable.welcome(back);
            assertThat(rewelcome.path("state").path("lastSeq").asLong()).isEqualTo(lastCommitted);
            assertThat(rewelcome.path("state").path("version").asInt()).isEqualTo(2);
            SeatedTable.chatAndAck(back, "Europe is back");

            List<JsonNode> arrived = SeatedTable.events(back);
            List<Long> replayed = arrived.stream().filter(f -> f.path("replay").asBoolean())
                    .map(f -> f.path("seq").asLong()).toList();
            assertThat(replayed).as("missed events, in order, once; the private chat is not Europe's")
                    .containsExactlyElementsOf(expected).doesNotContain(privateSeq);
            assertThat(arrived).as("after the replay only Europe's own new chat arrives live").hasSize(expected.size() + 1);
            assertThat(arrived.get(arrived.size() - 1).path("seq").asLong()).isEqualTo(lastCommitted + 1);
            assertThat(arrived.get(0).path("event").asText()).isEqualTo("draft.proposed");
            back.close();
        }
    }

    @Test
    void aSeatThatReconnectsWithoutSinceGetsTheWholeVisibleLogAfterItsSnapshot() {
        try (SeatedTable table = SeatedTable.open(base).started()) {
            SeatedTable.chatAndAck(table.seat("ukraine"), "first");
            long last = SeatedTable.chatAndAck(table.seat("ukraine"), "second").path("seq").asLong();
            SeatClient again = table.fixture.connect(base, "usa", 0);
            SeatedTable.welcome(again);
            SeatedTable.chatAndAck(again, "third");
            List<Long> seqs = SeatedTable.events(again).stream().map(f -> f.path("seq").asLong()).toList();
            assertThat(seqs).containsExactly(1L, 2L, last, last + 1);
            again.close();
        }
    }

    private static long ackSeq(SeatClient seat, com.fasterxml.jackson.databind.node.ObjectNode move) {
        JsonNode reply = seat.reply(seat.send(move));
        assertThat(reply.path("type").asText()).as(reply.toString()).isEqualTo("ack");
        return reply.path("seq").asLong();
    }
}
