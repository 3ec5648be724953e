package org.guarantees.game.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class ResultsExportTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void afterASignedDealTheResultsShowTheDealAndEachRolesPointsAsJsonAndCsv() {
        TableFixture table = TableFixture.seatedTable();
        Map<String, SeatClient> seats = new LinkedHashMap<>();
        Map<String, Integer> finalPoints = new LinkedHashMap<>();
        Map<String, Integer> noDeal = new LinkedHashMap<>();
        JsonNode options;
        try {
            for (String role : TableFixture.ROLES) {
                seats.put(role, table.connect(base, role, 0));
            }
            JsonNode welcome = seats.get("ukraine").await(f -> "welcome".equals(f.path("type").asText()),
                    Duration.ofSeconds(10));
            table.instructor("start");
            options = TableFixture.firstOptions(welcome);
            SeatClient usa = seats.get("usa");
            usa.reply(usa.send(SeatClient.move("propose").put("baseVersion", 0).set("options", options)));
            for (String role : TableFixture.ROLES) {
                seats.get(role).reply(seats.get(role).send(SeatClient.move("sign").put("version", 1)));
            }
            for (String role : TableFixture.ROLES) {
                SeatClient seat = seats.get(role);
                JsonNode you = seat.received().stream().filter(f -> "table.concluded".equals(f.path("event").asText()))
                        .findFirst().orElseGet(() -> seat.event("table.concluded")).path("you");
                finalPoints.put(role, you.path("finalPoints").asInt());
                noDeal.put(role, you.path("noDealValue").asInt());
            }
        } finally {
            seats.values().forEach(SeatClient::close);
        }

        JsonPath results = given().header("Authorization", "Bearer " + table.instructorToken)
                .get("/api/v1/seminars/" + table.seminarId + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(results.getString("[0].phase")).isEqualTo("CONCLUDED");
        assertThat(results.getInt("[0].draftVersion")).isEqualTo(1);
        assertThat(results.getMap("[0].points")).isEqualTo(finalPoints);
        assertThat(results.getMap("[0].noDealValues")).isEqualTo(noDeal);
        Map<String, String> deal = results.getMap("[0].deal");
        assertThat(deal).hasSize(options.size());
        options.fields().forEachRemaining(e -> assertThat(deal).containsEntry(e.getKey(), e.getValue().asText()));

        String csv = given().header("Authorization", "Bearer " + table.instructorToken)
                .get("/api/v1/seminars/" + table.seminarId + "/results.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        String[] lines = csv.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("table,phase,end_reason,draft_version,durability_score,durability_band")
                .endsWith("points_europe,no_deal_europe");
        assertThat(lines[1]).startsWith("1,CONCLUDED,,1,")
                .endsWith("," + finalPoints.get("europe") + "," + noDeal.get("europe"));
    }
}
