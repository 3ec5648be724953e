package org.guarantees.game.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class RepeatedMessageIdTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void aResentMessageIdIsAcknowledgedAsADuplicateWithTheSameSeqAndAppliedOnce() {
        try (SeatedTable table = SeatedTable.open(base)) {
            SeatClient ukraine = table.seat("ukraine");
            String id = "resend-" + UUID.randomUUID();
            ukraine.send(SeatClient.move("chat").put("id", id).put("text", "We need guarantees that hold"));
            JsonNode first = ukraine.reply(id);
            ukraine.send(SeatClient.move("chat").put("id", id).put("text", "We need guarantees that hold"));
            JsonNode second = ukraine.reply(id);

            assertThat(first.path("duplicate").asBoolean()).isFalse();
            assertThat(second.path("type").asText()).isEqualTo("ack");
            assertThat(second.path("duplicate").asBoolean()).isTrue();
            assertThat(second.path("seq").asLong()).isEqualTo(first.path("seq").asLong());
            assertAppliedOnce(table, id, first.path("seq").asLong());
        }
    }

    @Test
    void theSameMessageSentTwiceWithoutWaitingIsAppliedOnce() {
        try (SeatedTable table = SeatedTable.open(base)) {
            SeatClient ukraine = table.seat("ukraine");
            String id = "burst-" + UUID.randomUUID();
            String frame = SeatClient.move("chat").put("id", id).put("text", "Said once, sent twice").toString();
            ukraine.sendRaw(frame);
            ukraine.sendRaw(frame);
            JsonNode a = ukraine.reply(id);
            JsonNode b = ukraine.reply(id);

            assertThat(List.of(a.path("type").asText(), b.path("type").asText())).containsOnly("ack");
            assertThat(Set.of(a.path("duplicate").asBoolean(), b.path("duplicate").asBoolean()))
                    .containsExactlyInAnyOrder(false, true);
            assertThat(a.path("seq").asLong()).isEqualTo(b.path("seq").asLong());
            assertAppliedOnce(table, id, a.path("seq").asLong());
        }
    }

    @Test
    void aResentMoveWhoseStateChangedSinceIsStillOnlyAcknowledged() {
        try (SeatedTable table = SeatedTable.open(base).started()) {
            SeatClient usa = table.seat("usa");
            String id = "propose-" + UUID.randomUUID();
            var proposal = SeatClient.move("propose").put("id", id).put("baseVersion", 0)
                    .set("options", org.guarantees.game.support.TableFixture.firstOptions(table.welcomes.get("usa")));
            usa.send(proposal.deepCopy());
            JsonNode first = usa.reply(id);
            usa.send(proposal.deepCopy());
            JsonNode again = usa.reply(id);
            assertThat(again.path("type").asText()).as("not STALE_VERSION: the move was already applied").isEqualTo("ack");
            assertThat(again.path("duplicate").asBoolean()).isTrue();
            assertThat(again.path("seq").asLong()).isEqualTo(first.path("seq").asLong());
            JsonNode probe = SeatedTable.chatAndAck(usa, "draft check");
            assertThat(probe.path("seq").asLong()).isEqualTo(first.path("seq").asLong() + 1);
        }
    }

    /** Russia saw one chat event for it, and Ukraine's own full replay shows the id on exactly one event. */
    private void assertAppliedOnce(SeatedTable table, String id, long seq) {
        SeatClient russia = table.seat("russia");
        long marker = SeatedTable.chatAndAck(russia, "marker").path("seq").asLong();
        assertThat(marker).isEqualTo(seq + 1);
        List<JsonNode> russiaSaw = SeatedTable.events(russia);
        assertThat(russiaSaw.stream().filter(f -> f.path("seq").asLong() == seq)).hasSize(1);
        assertThat(russiaSaw.stream().filter(f -> "chat.posted".equals(f.path("event").asText()))).hasSize(2);

        SeatClient replay = table.fixture.connect(base, "ukraine", 0);
        SeatedTable.welcome(replay);
        SeatedTable.chatAndAck(replay, "after replay");
        assertThat(SeatedTable.events(replay).stream().filter(f -> id.equals(f.path("id").asText()))).hasSize(1);
        replay.close();
    }
}
