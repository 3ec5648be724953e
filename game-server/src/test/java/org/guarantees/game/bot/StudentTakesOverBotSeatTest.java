package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.guarantees.game.support.SeatClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The instructor seats bots; a student who joins a bot's seat gets that same seat, its whole history, and the move. */
@QuarkusTest
@TestProfile(FastBots.class)
class StudentTakesOverBotSeatTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void aStudentReplacingABotTakesOverTheSeatWithItsHistoryAndMovesNext() throws InterruptedException {
        BotSeminar seminar = new BotSeminar();
        for (String role : List.of("ukraine", "russia", "usa", "europe")) {
            seminar.putBot(role, "boulware").statusCode(200).body("controller", equalTo("BOT"));
        }
        seminar.start(10);
        for (int i = 0; i < 60 && seminar.status().path("draftVersion").asInt() < 2; i++) {
            Thread.sleep(500);
        }
        int versionBefore = seminar.status().path("draftVersion").asInt();
        assertThat(versionBefore).as("the bots negotiated before the student came").isGreaterThanOrEqualTo(2);

        JsonNode joined = seminar.join("ukraine");
        assertThat(joined.path("role").asText()).isEqualTo("ukraine");
        JsonNode seat = seatOf(seminar.status(), "ukraine");
        assertThat(seat.path("controller").asText()).isEqualTo("HUMAN");

        try (SeatClient student = SeatClient.connect(base, seminar.tableId, joined.path("seatToken").asText(), 0)) {
            JsonNode welcome = student.await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10));
            assertThat(welcome.path("role").asText()).isEqualTo("ukraine");
            assertThat(welcome.path("state").path("version").asInt()).isGreaterThanOrEqualTo(versionBefore);
            JsonNode proposal = student.event("draft.proposed");
            assertThat(proposal.path("replay").asBoolean()).as("the history is replayed to the new student").isTrue();
            long joinedAt = welcome.path("state").path("lastSeq").asLong();

            Set<String> mine = new HashSet<>();
            String chat = student.send(SeatClient.move("chat").put("text", "Ukraine's delegation has arrived."));
            mine.add(chat);
            assertThat(student.reply(chat).path("type").asText()).isEqualTo("ack");
            Thread.sleep(2_000);
            List<JsonNode> botMovesAsUkraine = student.received().stream()
                    .filter(f -> f.path("type").asText().equals("event") && f.path("seq").asLong() > joinedAt)
                    .filter(f -> f.path("actor").asText().equals("ukraine") && !mine.contains(f.path("id").asText()))
                    .toList();
            assertThat(botMovesAsUkraine).as("the bot stopped playing the seat").isEmpty();
        }
    }

    @Test
    void anUnknownStrategyIsABadRequestNamingTheField() {
        BotSeminar seminar = new BotSeminar();
        seminar.putBot("usa", "random-walk").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("strategy"));
        given().contentType(ContentType.JSON).body(Map.of("strategy", "boulware")).put(seminar.botPath("usa"))
                .then().statusCode(401);
        given().header("Authorization", "Bearer " + seminar.instructorToken).delete(seminar.botPath("usa"))
                .then().statusCode(200).body("controller", equalTo("HUMAN"));
    }

    private static JsonNode seatOf(JsonNode table, String role) {
        for (JsonNode seat : table.path("seats")) {
            if (seat.path("role").asText().equals(role)) {
                return seat;
            }
        }
        throw new AssertionError("no seat " + role + " in " + table);
    }
}
