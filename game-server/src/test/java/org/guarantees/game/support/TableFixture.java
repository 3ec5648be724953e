package org.guarantees.game.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A seminar with one table and four students seated through the real REST API. */
public final class TableFixture {
    public static final List<String> ROLES = List.of("ukraine", "russia", "usa", "europe");

    public final String seminarId;
    public final String joinCode;
    public final String instructorToken;
    public final String tableId;
    public final Map<String, String> tokenByRole = new LinkedHashMap<>();
    /** Each student's answer to joining, kept because it is a REST answer the seat received. */
    public final Map<String, JsonNode> joinedByRole = new LinkedHashMap<>();

    private TableFixture(JsonNode seminar) {
        seminarId = seminar.path("seminarId").asText();
        joinCode = seminar.path("joinCode").asText();
        instructorToken = seminar.path("instructorToken").asText();
        tableId = seminar.path("tables").get(0).path("id").asText();
    }

    public static TableFixture seatedTable() {
        String body = given().contentType(ContentType.JSON).body(Map.of("title", "Seminar " + UUID.randomUUID(), "tables", 1))
                .post("/api/v1/seminars").then().statusCode(201).extract().asString();
        TableFixture fixture = new TableFixture(read(body));
        for (String role : ROLES) {
            String joined = given().contentType(ContentType.JSON).body(Map.of("joinCode", fixture.joinCode,
                            "displayName", "Student " + role, "browserKey", "browser-" + UUID.randomUUID(), "role", role))
                    .post("/api/v1/join").then().statusCode(200).extract().asString();
            fixture.joinedByRole.put(role, read(joined));
            fixture.tokenByRole.put(role, read(joined).path("seatToken").asText());
        }
        return fixture;
    }

    public void instructor(String action) {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + instructorToken)
                .body(Map.of("action", action)).post("/api/v1/seminars/" + seminarId + "/clock").then().statusCode(200);
    }

    /** Starts the table with its own round plan instead of the scenario's (minutes per round, at least 1). */
    public void start(List<Integer> roundMinutes) {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + instructorToken)
                .body(Map.of("action", "start", "tableId", tableId, "roundMinutes", roundMinutes))
                .post("/api/v1/seminars/" + seminarId + "/clock").then().statusCode(200);
    }

    public SeatClient connect(URI base, String role, long since) {
        return SeatClient.connect(base, tableId, tokenByRole.get(role), since);
    }

    /** A full package choosing the first option of every issue, read from the welcome frame. */
    public static ObjectNode firstOptions(JsonNode welcome) {
        ObjectNode options = SeatClient.JSON.createObjectNode();
        welcome.path("scenario").path("issues").forEach(issue ->
                options.put(issue.path("id").asText(), issue.path("options").get(0).path("id").asText()));
        return options;
    }

    /** Another option than the draft's for the first issue. */
    public static String[] otherOption(JsonNode welcome, JsonNode draft) {
        JsonNode issue = welcome.path("scenario").path("issues").get(0);
        String current = draft.path(issue.path("id").asText()).asText();
        for (JsonNode option : issue.path("options")) {
            if (!option.path("id").asText().equals(current)) {
                return new String[]{issue.path("id").asText(), option.path("id").asText()};
            }
        }
        throw new IllegalStateException("issue with a single option");
    }

    static JsonNode read(String json) {
        try {
            return SeatClient.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
