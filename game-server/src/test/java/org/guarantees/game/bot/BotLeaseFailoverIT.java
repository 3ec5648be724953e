package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.JsonNode;
import org.guarantees.game.support.ClusterFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two game-server processes; the one running a table's four bots is killed with SIGKILL. When its leases run out the
 * other process takes every bot over, and each bot goes on playing its seat from the table's log.
 */
class BotLeaseFailoverIT {
    private static final List<String> ROLES = List.of("ukraine", "russia", "usa", "europe");
    private static ClusterFixture cluster;

    @BeforeAll
    static void startCluster() {
        cluster = new ClusterFixture(2, Map.of("GAME_BOT_THINK_MIN", "100ms", "GAME_BOT_THINK_MAX", "300ms",
                "GAME_BOT_DRAFT_CHANGE_INTERVAL", "200ms", "GAME_BOT_LEASE_CHECK", "1s", "GAME_BOT_LEASE_SECONDS", "4"));
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void whenTheProcessRunningTheBotsIsKilledTheOtherProcessTakesEveryBotOver() throws InterruptedException {
        cluster.game(1).stop(); // so that the process killed below is the one holding every lease
        cluster.useForRest(cluster.game(0));
        BotSeminar seminar = new BotSeminar();
        ROLES.forEach(role -> seminar.putBot(role, "boulware").statusCode(200));
        seminar.start(10);
        waitFor(() -> seminar.status().path("draftVersion").asInt() >= 1, "the bots put a draft on the table");

        cluster.game(1).start();
        cluster.game(0).kill();
        cluster.useForRest(cluster.game(1));
        long lastSeqAtKill = seminar.status().path("lastSeq").asLong();

        waitFor(() -> actorsAfter(seminar, lastSeqAtKill).containsAll(ROLES),
                "every bot played again after its process was killed");
        assertThat(seminar.status().path("phase").asText()).as("the table is still live, not ended by the kill")
                .isIn("NEGOTIATION", "CONCLUDED");
    }

    private static Set<String> actorsAfter(BotSeminar seminar, long seq) {
        Set<String> actors = new HashSet<>();
        for (JsonNode event : timeline(seminar)) {
            if (event.path("seq").asLong() > seq) {
                actors.add(event.path("actor").asText());
            }
        }
        return actors;
    }

    private static JsonNode timeline(BotSeminar seminar) {
        return BotSeminar.read(given().header("Authorization", "Bearer " + seminar.instructorToken)
                .get("/api/v1/seminars/" + seminar.seminarId + "/tables/" + seminar.tableId + "/events")
                .then().statusCode(200).extract().asString());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 120 && !condition.getAsBoolean(); i++) {
            Thread.sleep(250);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
