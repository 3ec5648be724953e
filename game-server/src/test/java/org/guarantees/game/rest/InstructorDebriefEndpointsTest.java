package org.guarantees.game.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The instructor's replay, scenario and the students' precedents, over REST with a real scoring service. */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class InstructorDebriefEndpointsTest {
    private static final String SECRET = "Between us: we could live with a frozen line";
    private static final String PUBLIC = "We want a guarantee that holds";

    @TestHTTPResource("/")
    URI base;

    @Test
    @SuppressWarnings("unchecked")
    void theReplayShowsEveryMoveInOrderButNeverThePrivateChatText() {
        TableFixture table = TableFixture.seatedTable();
        playToADeal(table, true);
        String path = "/api/v1/seminars/" + table.seminarId + "/tables/" + table.tableId + "/events";

        given().get(path).then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header("Authorization", "Bearer not-the-token").get(path).then().statusCode(401)
                .contentType("application/problem+json");
        TableFixture other = TableFixture.seatedTable();
        given().header("Authorization", "Bearer " + other.instructorToken)
                .get("/api/v1/seminars/" + other.seminarId + "/tables/" + table.tableId + "/events")
                .then().statusCode(404).contentType("application/problem+json");

        String body = given().header("Authorization", "Bearer " + table.instructorToken).get(path)
                .then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain(SECRET).contains(PUBLIC);
        JsonPath timeline = JsonPath.from(body);
        List<String> types = timeline.getList("type");
        assertThat(types).containsSubsequence("table.started", "chat.posted", "chat.posted", "draft.proposed",
                "deal.signed", "table.concluded", "deal.rated");
        List<Integer> seqs = timeline.getList("seq");
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        Map<String, Object> privateChat = timeline.getMap("find { it.type == 'chat.posted' && it.privateEvent }");
        assertThat(privateChat).containsEntry("actor", "ukraine");
        assertThat((Map<String, Object>) privateChat.get("data")).containsEntry("to", "russia").doesNotContainKey("text");
        assertThat(timeline.getString("find { it.type == 'deal.rated' }.data.report.score")).isNotBlank();
    }

    @Test
    void theInstructorReadsTheScenarioWithItsScriptedInjectsAndCanSendOne() {
        TableFixture table = TableFixture.seatedTable();
        String path = "/api/v1/seminars/" + table.seminarId + "/scenario";
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        JsonPath scenario = given().header("Authorization", "Bearer " + table.instructorToken).get(path)
                .then().statusCode(200).extract().jsonPath();
        assertThat(scenario.getList("roles.id")).containsExactlyElementsOf(TableFixture.ROLES);
        assertThat(scenario.getList("issues")).isNotEmpty();
        assertThat(scenario.getList("issues[0].options.label")).isNotEmpty();
        assertThat(scenario.getString("roles[0]")).doesNotContain("noDealValue");
        List<String> injects = scenario.getList("injects.id");
        assertThat(injects).isNotEmpty();
        assertThat(scenario.getString("injects[0].title")).isNotBlank();

        table.instructor("start");
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + table.instructorToken)
                .body(Map.of("tableId", table.tableId, "injectId", injects.get(0)))
                .post("/api/v1/seminars/" + table.seminarId + "/injects").then().statusCode(200).body("[0].applied", equalTo(true));
        JsonPath timeline = given().header("Authorization", "Bearer " + table.instructorToken)
                .get("/api/v1/seminars/" + table.seminarId + "/tables/" + table.tableId + "/events")
                .then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getString("find { it.type == 'inject.sent' }.data.title"))
                .isEqualTo(scenario.getString("injects[0].title"));
    }

    @Test
    void aConcludedTableGetsTheNearestHistoricalCasesWithTheScoresTrackRecordAndAnUnavailableFlagWhenScoringIsDown() {
        TableFixture table = TableFixture.seatedTable();
        String path = "/api/v1/tables/" + table.tableId + "/precedents";
        String seat = "Bearer " + table.tokenByRole.get("europe");
        given().header("Authorization", seat).get(path).then().statusCode(409).contentType("application/problem+json");
        playToADeal(table, false);

        given().get(path).then().statusCode(401).contentType("application/problem+json");
        TableFixture other = TableFixture.seatedTable();
        given().header("Authorization", "Bearer " + other.tokenByRole.get("europe")).get(path).then().statusCode(401);

        JsonPath answer = given().header("Authorization", seat).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(answer.getBoolean("available")).isTrue();
        assertThat(answer.getInt("dealScore")).isBetween(0, 100);
        assertThat(answer.getList("precedents")).hasSize(3);
        assertThat(answer.getString("precedents[0].name")).isNotBlank();
        assertThat(answer.getString("precedents[0].outcome")).isIn("BROKE_DOWN", "HOLDING", "NEVER_SIGNED");
        Map<String, String> shared = answer.getMap("precedents[0].sharedFeatures");
        assertThat(shared).isNotEmpty();
        assertThat(answer.getInt("precedents[0].featureCount")).isGreaterThanOrEqualTo(shared.size());
        assertThat(answer.getDouble("modelCheck.calibrationIndex")).isGreaterThanOrEqualTo(0.8);
        assertThat(answer.getInt("modelCheck.calibrationPairs")).isPositive();
        assertThat(answer.getDouble("modelCheck.heldOutIndex")).isBetween(0.0, 1.0);
        assertThat(answer.getInt("modelCheck.heldOutPairs")).isPositive();
        assertThat(answer.getDouble("modelCheck.blindIndex")).isBetween(0.0, 1.0);
        assertThat(answer.getInt("modelCheck.blindPairs")).isPositive();

        ScoringServiceProcess.stopProcess();
        try {
            JsonPath down = given().header("Authorization", seat).get(path).then().statusCode(200).extract().jsonPath();
            assertThat(down.getBoolean("available")).isFalse();
            assertThat(down.getList("precedents")).isEmpty();
            assertThat(down.getMap("modelCheck")).isNull();
        } finally {
            ScoringServiceProcess.startProcess();
        }
    }

    /** Public and private chat, a full package, four signatures, then waits for the rating. */
    private void playToADeal(TableFixture table, boolean chat) {
        Map<String, SeatClient> seats = new LinkedHashMap<>();
        try {
            for (String role : TableFixture.ROLES) {
                seats.put(role, table.connect(base, role, 0));
            }
            JsonNode welcome = seats.get("ukraine").await(f -> "welcome".equals(f.path("type").asText()), Duration.ofSeconds(10));
            table.instructor("start");
            SeatClient ukraine = seats.get("ukraine");
            if (chat) {
                ukraine.reply(ukraine.send(SeatClient.move("chat").put("to", "russia").put("text", SECRET)));
                ukraine.reply(ukraine.send(SeatClient.move("chat").put("text", PUBLIC)));
            }
            ukraine.reply(ukraine.send(SeatClient.move("propose").put("baseVersion", 0)
                    .set("options", TableFixture.firstOptions(welcome))));
            for (String role : TableFixture.ROLES) {
                seats.get(role).reply(seats.get(role).send(SeatClient.move("sign").put("version", 1)));
            }
            seats.get("usa").event("deal.rated");
        } finally {
            seats.values().forEach(SeatClient::close);
        }
    }
}
