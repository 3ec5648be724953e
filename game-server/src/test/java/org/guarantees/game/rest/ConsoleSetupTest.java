package org.guarantees.game.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * What the instructor console sets up through the REST API: a seminar's round lengths and bots in its empty seats, a
 * student taking over a bot's seat, and a student moved to another seat, who is told and must join again.
 */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class ConsoleSetupTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void aSeminarCreatedWithRoundLengthsAndBotsStartsEveryTableOnThoseRoundsWithBotsInEverySeat() {
        JsonPath seminar = RequestValidationTest.createSeminar(Map.of("title", "Practice", "tables", 2,
                "roundMinutes", List.of(7, 5), "botStrategy", "conceder")).statusCode(201).extract().jsonPath();
        assertThat(seminar.getList("roundMinutes", Integer.class)).containsExactly(7, 5);

        JsonPath grid = instructor(seminar).get(path(seminar, "/tables")).then().statusCode(200).extract().jsonPath();
        assertThat(grid.getList("seats.flatten().controller", String.class)).hasSize(8).containsOnly("BOT");
        assertThat(grid.getList("seats.flatten().botStrategy", String.class)).containsOnly("conceder");

        Instant before = Instant.now();
        instructor(seminar).contentType(ContentType.JSON).body(Map.of("action", "start"))
                .post(path(seminar, "/clock")).then().statusCode(200).body("applied", equalTo(List.of(true, true)));
        JsonPath started = instructor(seminar).get(path(seminar, "/tables")).then().extract().jsonPath();
        Instant deadline = Instant.parse(started.getString("[0].deadline"));
        assertThat(Duration.between(before, deadline)).as("the first round lasts the 7 minutes the instructor chose")
                .isBetween(Duration.ofMinutes(7).minusSeconds(5), Duration.ofMinutes(7).plusSeconds(5));
    }

    @Test
    void aStudentJoiningABotSeminarTakesABotsSeatAndTheNextStudentTheNextSeat() {
        JsonPath seminar = RequestValidationTest.createSeminar(Map.of("title", "Bots first", "tables", 1,
                "botStrategy", "boulware")).statusCode(201).extract().jsonPath();

        JsonPath first = RequestValidationTest.join(seminar.getString("joinCode"), "Olena", "browser-" + UUID.randomUUID()).statusCode(200).extract().jsonPath();
        JsonPath second = RequestValidationTest.join(seminar.getString("joinCode"), "Taras", "browser-" + UUID.randomUUID()).statusCode(200).extract().jsonPath();

        assertThat(List.of(first.getString("role"), second.getString("role"))).containsExactly("ukraine", "russia");
        JsonPath grid = instructor(seminar).get(path(seminar, "/tables")).then().extract().jsonPath();
        assertThat(grid.getString("[0].seats.find { it.role == 'ukraine' }.controller")).isEqualTo("HUMAN");
        assertThat(grid.getString("[0].seats.find { it.role == 'russia' }.controller")).isEqualTo("HUMAN");
        assertThat(grid.getString("[0].seats.find { it.role == 'usa' }.controller")).isEqualTo("BOT");
    }

    @Test
    void aStudentMovedToAnotherSeatIsToldItsOldTokenIsRefusedAndJoiningAgainGivesTheNewSeat() {
        JsonPath seminar = RequestValidationTest.createSeminar(Map.of("title", "Move", "tables", 2))
                .statusCode(201).extract().jsonPath();
        String browser = "browser-" + UUID.randomUUID();
        JsonPath joined = RequestValidationTest.join(seminar.getString("joinCode"), "Olena", browser).statusCode(200).extract().jsonPath();
        String secondTable = seminar.getString("tables[1].id");

        try (SeatClient socket = SeatClient.connect(base, joined.getString("tableId"), joined.getString("seatToken"), 0)) {
            socket.await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(10));
            instructor(seminar).contentType(ContentType.JSON).body(Map.of("tableId", secondTable, "role", "europe"))
                    .put(path(seminar, "/participants/" + joined.getString("participantId") + "/seat"))
                    .then().statusCode(200);
            JsonNode moved = socket.await(f -> f.path("type").asText().equals("moved"), Duration.ofSeconds(10));
            assertThat(moved).isNotNull();
        }
        assertThat(SeatClient.upgradeStatus(base, joined.getString("tableId"), "token=" + joined.getString("seatToken")))
                .as("the old seat token is refused").isEqualTo(401);

        JsonPath again = RequestValidationTest.join(seminar.getString("joinCode"), "Olena", browser).statusCode(200).extract().jsonPath();
        assertThat(again.getBoolean("returning")).isTrue();
        assertThat(again.getString("tableId")).isEqualTo(secondTable);
        assertThat(again.getString("role")).isEqualTo("europe");
    }

    @Test
    void roundLengthsOutsideTheirBoundsAndAnUnknownStrategyAreRefusedNamingTheField() {
        RequestValidationTest.createSeminar(Map.of("title", "Bad", "tables", 1, "roundMinutes", List.of(0)))
                .statusCode(400).body("violations[0].field", equalTo("roundMinutes[0]"));
        RequestValidationTest.createSeminar(Map.of("title", "Bad", "tables", 1, "botStrategy", "random"))
                .statusCode(400).body("violations[0].field", equalTo("botStrategy"));
    }

    private static io.restassured.specification.RequestSpecification instructor(JsonPath seminar) {
        return given().header("Authorization", "Bearer " + seminar.getString("instructorToken"));
    }

    private static String path(JsonPath seminar, String rest) {
        return "/api/v1/seminars/" + seminar.getString("seminarId") + rest;
    }
}
