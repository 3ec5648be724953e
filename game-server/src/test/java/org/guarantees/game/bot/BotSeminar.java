package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.guarantees.game.support.SeatClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A one-table seminar driven through the real REST API, with helpers to seat bots and read the table's status. */
final class BotSeminar {
    final String seminarId;
    final String joinCode;
    final String instructorToken;
    final String tableId;

    BotSeminar() {
        JsonNode seminar = read(given().contentType(ContentType.JSON)
                .body(Map.of("title", "Bots " + UUID.randomUUID(), "tables", 1))
                .post("/api/v1/seminars").then().statusCode(201).extract().asString());
        seminarId = seminar.path("seminarId").asText();
        joinCode = seminar.path("joinCode").asText();
        instructorToken = seminar.path("instructorToken").asText();
        tableId = seminar.path("tables").get(0).path("id").asText();
    }

    ValidatableResponse putBot(String role, String strategy) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + instructorToken)
                .body(Map.of("strategy", strategy)).put(botPath(role)).then();
    }

    String botPath(String role) {
        return "/api/v1/seminars/" + seminarId + "/tables/" + tableId + "/seats/" + role + "/bot";
    }

    void start(int minutes) {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + instructorToken)
                .body(Map.of("action", "start", "tableId", tableId, "roundMinutes", List.of(minutes)))
                .post("/api/v1/seminars/" + seminarId + "/clock").then().statusCode(200);
    }

    JsonNode status() {
        return read(given().header("Authorization", "Bearer " + instructorToken)
                .get("/api/v1/seminars/" + seminarId + "/tables").then().statusCode(200).extract().asString()).get(0);
    }

    JsonNode join(String role) {
        return read(given().contentType(ContentType.JSON).body(Map.of("joinCode", joinCode, "displayName", "Student",
                        "browserKey", "browser-" + UUID.randomUUID(), "role", role, "table", 1))
                .post("/api/v1/join").then().statusCode(200).extract().asString());
    }

    static JsonNode read(String json) {
        try {
            return SeatClient.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
