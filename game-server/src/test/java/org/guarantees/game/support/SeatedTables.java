package org.guarantees.game.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Many tables with four students each, seated and started through the real REST API, as an instructor and their
 * students would. A seminar holds at most 50 tables, so larger numbers take several seminars.
 */
public final class SeatedTables {
    static final int TABLES_PER_SEMINAR = 50;

    /** One table and the seat token of each role. */
    public record Table(String tableId, Map<String, String> tokenByRole) {
    }

    private SeatedTables() {
    }

    /** {@code count} tables, started with a single round of {@code minutes}, so no clock ends a game during a test. */
    public static List<Table> started(int count, int minutes) {
        List<Table> tables = new ArrayList<>();
        for (int first = 0; first < count; first += TABLES_PER_SEMINAR) {
            tables.addAll(seminar(Math.min(TABLES_PER_SEMINAR, count - first), minutes));
        }
        return tables;
    }

    private static List<Table> seminar(int tableCount, int minutes) {
        JsonNode seminar = TableFixture.read(given().contentType(ContentType.JSON)
                .body(Map.of("title", "Seminar " + UUID.randomUUID(), "tables", tableCount))
                .post("/api/v1/seminars").then().statusCode(201).extract().asString());
        List<Table> tables = new ArrayList<>();
        for (JsonNode table : seminar.path("tables")) {
            Map<String, String> tokens = new LinkedHashMap<>();
            for (String role : TableFixture.ROLES) {
                tokens.put(role, join(seminar.path("joinCode").asText(), table.path("number").asInt(), role));
            }
            tables.add(new Table(table.path("id").asText(), tokens));
        }
        String instructor = seminar.path("instructorToken").asText();
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + instructor)
                .body(Map.of("action", "start", "roundMinutes", List.of(minutes)))
                .post("/api/v1/seminars/" + seminar.path("seminarId").asText() + "/clock").then().statusCode(200);
        return tables;
    }

    private static String join(String joinCode, int table, String role) {
        return TableFixture.read(given().contentType(ContentType.JSON).body(Map.of("joinCode", joinCode, "displayName",
                        "Student " + role, "browserKey", "browser-" + UUID.randomUUID(), "role", role, "table", table))
                .post("/api/v1/join").then().statusCode(200).extract().asString()).path("seatToken").asText();
    }
}
