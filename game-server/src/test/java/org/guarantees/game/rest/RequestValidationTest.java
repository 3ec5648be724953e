package org.guarantees.game.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.guarantees.game.support.ScoringServiceProcess;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class RequestValidationTest {
    static final String PROBLEM = "application/problem+json";

    @Test
    void aSeminarWithoutTitleOrWithZeroOrFiftyOneTablesIsRefusedNamingTheField() {
        refusedNaming(createSeminar(Map.of("tables", 2)), "title");
        refusedNaming(createSeminar(Map.of("title", "   ", "tables", 2)), "title");
        refusedNaming(createSeminar(Map.of("title", "Seminar", "tables", 0)), "tables");
        refusedNaming(createSeminar(Map.of("title", "Seminar", "tables", 51)), "tables");
        refusedNaming(createSeminar(Map.of("title", "Seminar")), "tables");
        refusedNaming(createSeminar(Map.of("title", "Seminar", "tables", "many")), "tables");
        refusedNaming(createSeminar(Map.of("title", "Seminar", "tables", 1, "scenarioId", "atlantis")), "scenarioId");
        given().contentType(ContentType.JSON).body("{\"title\": ").post("/api/v1/seminars").then()
                .statusCode(400).contentType(PROBLEM);
        createSeminar(Map.of("title", "Fifty tables", "tables", 50)).statusCode(201);
    }

    @Test
    void aJoinWithABadBrowserKeyOrMissingNameIsRefusedNamingTheField() {
        String code = createSeminar(Map.of("title", "Join checks", "tables", 1)).statusCode(201)
                .extract().path("joinCode");
        refusedNaming(join(code, "Ada", "short"), "browserKey");
        refusedNaming(join(code, "Ada", "has spaces in it, which is not allowed"), "browserKey");
        refusedNaming(join(code, "Ada", "x".repeat(65)), "browserKey");
        refusedNaming(join(code, "", "browser-" + UUID.randomUUID()), "displayName");
        refusedNaming(join(code, "\u0000\u0007", "browser-" + UUID.randomUUID()), "displayName");
        refusedNaming(join(code, "x".repeat(41), "browser-" + UUID.randomUUID()), "displayName");
        Map<String, Object> wrongRole = new HashMap<>(Map.of("joinCode", code, "displayName", "Ada",
                "browserKey", "browser-" + UUID.randomUUID(), "role", "atlantis"));
        refusedNaming(given().contentType(ContentType.JSON).body(wrongRole).post("/api/v1/join").then(), "role");
    }

    @Test
    void anUnknownJoinCodeIsNotFound() {
        join("ZZZZZZZZ", "Ada", "browser-" + UUID.randomUUID()).statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404));
    }

    @Test
    void instructorEndpointsRefuseAMissingOrWrongToken() {
        String seminar = createSeminar(Map.of("title", "Guarded", "tables", 1)).statusCode(201)
                .extract().path("seminarId");
        String base = "/api/v1/seminars/" + seminar;
        for (String auth : new String[]{null, "Bearer wrong-token", "Basic abc", "Bearer "}) {
            var request = given().contentType(ContentType.JSON);
            if (auth != null) {
                request.header("Authorization", auth);
            }
            request.get(base).then().statusCode(401).contentType(PROBLEM);
            request.get(base + "/tables").then().statusCode(401);
            request.body(Map.of("action", "start")).post(base + "/clock").then().statusCode(401);
            request.body(Map.of("text", "hi")).post(base + "/broadcasts").then().statusCode(401);
            request.body(Map.of("title", "t", "text", "x")).post(base + "/injects").then().statusCode(401);
            request.body(Map.of("locked", true)).put(base + "/lock").then().statusCode(401);
            request.delete(base + "/participants/" + UUID.randomUUID()).then().statusCode(401);
            request.get(base + "/results").then().statusCode(401);
            request.get(base + "/results.csv").then().statusCode(401);
        }
        given().header("Authorization", "Bearer wrong").get("/api/v1/seminars/" + UUID.randomUUID()).then()
                .statusCode(401);
    }

    static ValidatableResponse createSeminar(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/seminars").then();
    }

    static ValidatableResponse join(String code, String name, String browserKey) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("joinCode", code, "displayName", name, "browserKey", browserKey))
                .post("/api/v1/join").then();
    }

    private static void refusedNaming(ValidatableResponse response, String field) {
        response.statusCode(400).contentType(PROBLEM).body("status", equalTo(400))
                .body("violations.field", hasItem(field)).body("detail", containsString(field));
    }
}
