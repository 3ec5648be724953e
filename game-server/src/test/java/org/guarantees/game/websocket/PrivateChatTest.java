package org.guarantees.game.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class PrivateChatTest {
    /** Markup, emoji, a right-to-left override and Hebrew/Arabic text: all must come back exactly as written. */
    static final String SECRET = "<script>alert('x')</script> <b>our real floor</b> 🇺🇦🤝 \u202Eשלום مرحبا & \"quotes\"";

    @TestHTTPResource("/")
    URI base;

    @Test
    void aPrivateMessageReachesBothPartiesVerbatimAndNeverAThirdSeatNotEvenOnReplay() {
        try (SeatedTable table = SeatedTable.open(base)) {
            SeatClient ukraine = table.seat("ukraine");
            String id = ukraine.send(SeatClient.move("chat").put("to", "russia").put("text", SECRET));
            JsonNode ack = ukraine.reply(id);
            assertThat(ack.path("type").asText()).as(ack.toString()).isEqualTo("ack");

            JsonNode atRussia = table.seat("russia").event("chat.posted");
            assertThat(atRussia.path("data").path("text").asText()).isEqualTo(SECRET);
            assertThat(atRussia.path("data").path("to").asText()).isEqualTo("russia");
            assertThat(atRussia.path("actor").asText()).isEqualTo("ukraine");
            assertThat(atRussia.has("id")).as("the sender's message id is the sender's business").isFalse();
            JsonNode atSender = SeatedTable.seen(ukraine, "chat.posted");
            assertThat(atSender.path("data").path("text").asText()).isEqualTo(SECRET);
            assertThat(atSender.path("id").asText()).isEqualTo(id);

            long publicSeq = SeatedTable.chatAndAck(ukraine, "Public: we are ready to talk").path("seq").asLong();
            for (String third : new String[]{"usa", "europe"}) {
                SeatClient seat = table.seat(third);
                JsonNode next = seat.event("chat.posted");
                assertThat(next.path("seq").asLong()).as(third + " gets the public message first").isEqualTo(publicSeq);
                assertThat(seat.received().toString()).as(third).doesNotContain("our real floor");

                SeatClient replay = table.fixture.connect(base, third, 0);
                SeatedTable.welcome(replay);
                SeatedTable.chatAndAck(replay, third + " reconnected");
                assertThat(replay.received().toString()).as(third + " on replay").doesNotContain("our real floor");
                assertThat(SeatedTable.events(replay).get(0).path("seq").asLong()).isEqualTo(publicSeq);
                replay.close();
            }

            SeatClient russiaAgain = table.fixture.connect(base, "russia", 0);
            SeatedTable.welcome(russiaAgain);
            JsonNode replayed = russiaAgain.event("chat.posted");
            assertThat(replayed.path("replay").asBoolean()).isTrue();
            assertThat(replayed.path("data").path("text").asText()).isEqualTo(SECRET);
            russiaAgain.close();
        }
    }

    @Test
    void publicChatKeepsMarkupEmojiAndRightToLeftTextAsWritten() {
        try (SeatedTable table = SeatedTable.open(base)) {
            String text = "<i>Crimea</i> — 🕊️ سلام / שלום ✓";
            SeatedTable.chatAndAck(table.seat("europe"), text);
            for (SeatClient seat : table.seats.values()) {
                assertThat(SeatedTable.seen(seat, "chat.posted").path("data").path("text").asText()).isEqualTo(text);
            }
        }
    }
}
