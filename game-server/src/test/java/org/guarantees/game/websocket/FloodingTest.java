package org.guarantees.game.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class FloodingTest {
    static final int POLICY_VIOLATION = 1008;

    @TestHTTPResource("/")
    URI base;

    @Test
    void aFloodingSeatIsRateLimitedThenClosedWhileItsTableKeepsPlaying() {
        try (SeatedTable table = SeatedTable.open(base)) {
            SeatClient flooder = table.seat("ukraine");
            int sent = 0;
            try {
                for (; sent < 1000 && !flooder.isClosed(); sent++) {
                    flooder.sendRaw("{\"type\":\"chat\",\"id\":\"flood-" + sent + "\",\"text\":\"spam " + sent + "\"}");
                }
            } catch (CompletionException closedUnderUs) {
                // the server closed the socket while frames were still going out: that is the point
            }
            JsonNode limited = SeatedTable.error(flooder, "RATE_LIMITED");
            assertThat(limited.path("retryable").asBoolean()).isTrue();
            SeatedTable.awaitClosed(flooder);
            assertThat(flooder.closeCode()).as("close code; the socket's failure, if any: " + flooder.failure())
                    .isEqualTo(POLICY_VIOLATION);

            SeatClient russia = table.seat("russia");
            JsonNode ack = SeatedTable.chatAndAck(russia, "Russia is unaffected");
            assertThat(ack.path("duplicate").asBoolean()).isFalse();
            long spamSeen = SeatedTable.events(russia).stream().filter(f -> "ukraine".equals(f.path("actor").asText()))
                    .count();
            assertThat(spamSeen).as("only about the burst allowance of " + sent + " frames reached the table")
                    .isBetween(1L, 60L);
            assertThat(russia.received().stream().filter(f -> "error".equals(f.path("type").asText()))).isEmpty();
        }
    }

    @Test
    void aBurstWithinTheAllowanceIsServedInFull() {
        try (SeatedTable table = SeatedTable.open(base)) {
            SeatClient europe = table.seat("europe");
            for (int i = 0; i < 30; i++) {
                europe.send(SeatClient.move("chat").put("id", "burst-" + i).put("text", "point " + i));
            }
            for (int i = 0; i < 30; i++) {
                assertThat(europe.reply("burst-" + i).path("type").asText()).isEqualTo("ack");
            }
        }
    }
}
