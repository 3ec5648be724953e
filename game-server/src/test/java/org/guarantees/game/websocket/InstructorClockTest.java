package org.guarantees.game.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class InstructorClockTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void pauseResumeAndAdvancingPastTheLastRoundEndsTheTableAtEveryonesNoDealValue() {
        try (SeatedTable table = SeatedTable.open(base)) {
            clock(table, Map.of("action", "start", "roundMinutes", List.of(5, 7))).statusCode(200)
                    .body("[0].applied", equalTo(true));
            JsonNode started = table.seat("usa").event("table.started");
            assertThat(started.path("data").path("roundMinutes").toString()).isEqualTo("[5,7]");
            assertThat(Instant.parse(started.path("data").path("deadline").asText()))
                    .isBetween(Instant.now().plus(Duration.ofMinutes(4)), Instant.now().plus(Duration.ofMinutes(6)));

            clock(table, Map.of("action", "pause")).statusCode(200);
            JsonNode paused = table.seat("usa").event("clock.paused");
            assertThat(paused.path("data").path("remainingMs").asLong()).isBetween(240_000L, 300_000L);
            SeatClient usa = table.seat("usa");
            JsonNode refused = usa.reply(usa.send(SeatClient.move("propose").put("baseVersion", 0)
                    .set("options", TableFixture.firstOptions(table.welcomes.get("usa")))));
            assertThat(refused.path("code").asText()).isEqualTo("WRONG_PHASE");
            clock(table, Map.of("action", "pause")).statusCode(200).body("[0].applied", equalTo(false))
                    .body("[0].error", org.hamcrest.Matchers.startsWith("WRONG_PHASE"));

            clock(table, Map.of("action", "resume")).statusCode(200);
            assertThat(table.seat("usa").event("clock.resumed").path("data").path("deadline").asText()).isNotBlank();

            clock(table, Map.of("action", "advance")).statusCode(200);
            JsonNode round2 = table.seat("usa").event("round.started");
            assertThat(round2.path("data").path("round").asInt()).isEqualTo(2);
            assertThat(round2.path("data").path("injects").isArray()).isTrue();

            clock(table, Map.of("action", "advance")).statusCode(200);
            for (String role : TableFixture.ROLES) {
                JsonNode ended = table.seat(role).event("table.ended");
                assertThat(ended.path("data").path("reason").asText()).isEqualTo("deadline");
                int noDeal = table.welcomes.get(role).path("brief").path("noDealValue").asInt();
                assertThat(ended.path("you").path("finalPoints").asInt()).as(role).isEqualTo(noDeal);
                assertThat(ended.path("you").path("gainOverNoDeal").asInt()).isZero();
            }
            clock(table, Map.of("action", "advance", "tableId", table.fixture.tableId)).statusCode(409)
                    .contentType("application/problem+json");
            given().header("Authorization", "Bearer " + table.fixture.instructorToken)
                    .get("/api/v1/seminars/" + table.fixture.seminarId + "/tables").then().statusCode(200)
                    .body("[0].phase", equalTo("NO_DEAL"));
        }
    }

    @Test
    void theInstructorBroadcastAndAnInjectReachEverySeat() {
        try (SeatedTable table = SeatedTable.open(base).started()) {
            String seminar = "/api/v1/seminars/" + table.fixture.seminarId;
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + table.fixture.instructorToken)
                    .body(Map.of("text", "Ten minutes left")).post(seminar + "/broadcasts").then().statusCode(200);
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + table.fixture.instructorToken)
                    .body(Map.of("title", "Breaking", "text", "A drone strike hits a power plant"))
                    .post(seminar + "/injects").then().statusCode(200);
            for (SeatClient seat : table.seats.values()) {
                assertThat(SeatedTable.seen(seat, "instructor.broadcast").path("data").path("text").asText()).isEqualTo("Ten minutes left");
                assertThat(SeatedTable.seen(seat, "inject.sent").path("data").path("title").asText()).isEqualTo("Breaking");
            }
        }
    }

    private static ValidatableResponse clock(SeatedTable table, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + table.fixture.instructorToken)
                .body(body).post("/api/v1/seminars/" + table.fixture.seminarId + "/clock").then();
    }
}
