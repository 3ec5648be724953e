package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Four bots, each behind its own real WebSocket, play a one-minute table to its end through the real server. */
@QuarkusTest
@TestProfile(FastBots.class)
class FourBotTableTest {

    @Test
    void aTableOfFourBotsConcludesOrEndsWithNoDealBeforeItsDeadline() throws InterruptedException {
        BotSeminar seminar = new BotSeminar();
        List<String> strategies = List.of("conceder", "tit-for-tat", "boulware", "conceder");
        List<String> roles = List.of("ukraine", "russia", "usa", "europe");
        for (int i = 0; i < roles.size(); i++) {
            seminar.putBot(roles.get(i), strategies.get(i)).statusCode(200);
        }
        Thread.sleep(2_000);
        seminar.start(1);
        Instant deadline = Instant.parse(seminar.status().path("deadline").asText());
        JsonNode status = seminar.status();
        while (!List.of("CONCLUDED", "NO_DEAL").contains(status.path("phase").asText())
                && Instant.now().isBefore(deadline.plusSeconds(20))) {
            Thread.sleep(500);
            status = seminar.status();
        }
        assertThat(status.path("phase").asText()).isIn("CONCLUDED", "NO_DEAL");
        assertThat(status.path("draftVersion").asInt()).as("the bots put a draft on the table").isPositive();
        if (status.path("phase").asText().equals("CONCLUDED")) {
            assertThat(Instant.now()).as("concluded before the deadline").isBefore(deadline.plusSeconds(1));
        }
    }
}
