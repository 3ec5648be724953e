package org.guarantees.game.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.guarantees.game.support.ScoringServiceProcess;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class SeatingTest {

    @Test
    void studentsFillEveryTableBeforeAnyRoleBecomesATeam() {
        JsonPath seminar = RequestValidationTest.createSeminar(Map.of("title", "Two tables", "tables", 2))
                .statusCode(201).extract().jsonPath();
        String code = seminar.getString("joinCode");
        Set<String> seats = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            JsonPath joined = join(code, "Student " + i, "browser-" + UUID.randomUUID()).jsonPath();
            seats.add(joined.getInt("tableNumber") + "/" + joined.getString("role"));
            assertThat(joined.getBoolean("returning")).isFalse();
        }
        assertThat(seats).as("eight students take eight different seats on two tables").hasSize(8);

        JsonPath ninth = join(code, "Student 9", "browser-" + UUID.randomUUID()).jsonPath();
        assertThat(ninth.getInt("tableNumber")).isEqualTo(1);
        assertThat(ninth.getString("role")).isEqualTo("ukraine");

        List<Map<String, Object>> tables = given().header("Authorization", "Bearer " + seminar.getString("instructorToken"))
                .get("/api/v1/seminars/" + seminar.getString("seminarId") + "/tables").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(tables).hasSize(2);
        JsonPath grid = given().header("Authorization", "Bearer " + seminar.getString("instructorToken"))
                .get("/api/v1/seminars/" + seminar.getString("seminarId") + "/tables").then().extract().jsonPath();
        assertThat(grid.getList("find { it.number == 1 }.seats.find { it.role == 'ukraine' }.participants"))
                .hasSize(2);
    }

    @Test
    void aLockedLobbyRefusesNewStudentsButGivesAReturningBrowserItsSeatBack() {
        JsonPath seminar = RequestValidationTest.createSeminar(Map.of("title", "Locked", "tables", 1))
                .statusCode(201).extract().jsonPath();
        String code = seminar.getString("joinCode");
        String browser = "browser-" + UUID.randomUUID();
        JsonPath first = join(code, "Olena", browser).jsonPath();

        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + seminar.getString("instructorToken"))
                .body(Map.of("locked", true)).put("/api/v1/seminars/" + seminar.getString("seminarId") + "/lock")
                .then().statusCode(200);

        RequestValidationTest.join(code, "Latecomer", "browser-" + UUID.randomUUID()).statusCode(423)
                .contentType(RequestValidationTest.PROBLEM);
        JsonPath back = join(code.toLowerCase(), "Olena again", browser).jsonPath();
        assertThat(back.getString("participantId")).isEqualTo(first.getString("participantId"));
        assertThat(back.getString("tableId")).isEqualTo(first.getString("tableId"));
        assertThat(back.getString("role")).isEqualTo(first.getString("role"));
        assertThat(back.getString("displayName")).isEqualTo("Olena");
        assertThat(back.getBoolean("returning")).isTrue();
        assertThat(back.getString("seatToken")).isNotEqualTo(first.getString("seatToken"));
    }

    @Test
    void aRemovedStudentCannotJoinAgainWithTheSameBrowser() {
        JsonPath seminar = RequestValidationTest.createSeminar(Map.of("title", "Removal", "tables", 1))
                .statusCode(201).extract().jsonPath();
        String browser = "browser-" + UUID.randomUUID();
        JsonPath joined = join(seminar.getString("joinCode"), "Mallory", browser).jsonPath();
        given().header("Authorization", "Bearer " + seminar.getString("instructorToken"))
                .delete("/api/v1/seminars/" + seminar.getString("seminarId") + "/participants/"
                        + joined.getString("participantId")).then().statusCode(204);
        RequestValidationTest.join(seminar.getString("joinCode"), "Mallory", browser).statusCode(403)
                .contentType(RequestValidationTest.PROBLEM);
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> join(
            String code, String name, String browser) {
        return RequestValidationTest.join(code, name, browser).statusCode(200).extract();
    }
}
