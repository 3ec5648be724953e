package org.guarantees.game.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ScenarioUploadTest {

    @Test
    void anInstructorUploadsAnotherScenarioAndRunsASeminarWithIt() throws IOException {
        String token = instructorToken();
        String id = "variant-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = defaultScenario().replaceFirst("(?m)^id: .*$", "id: " + id);
        given().contentType("application/yaml").header("Authorization", "Bearer " + token).body(yaml.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/scenarios").then().statusCode(201).body("id", equalTo(id));
        given().get("/api/v1/scenarios").then().statusCode(200).body("id", hasItem(id));
        given().contentType(ContentType.JSON).body(Map.of("title", "Variant seminar", "tables", 1, "scenarioId", id))
                .post("/api/v1/seminars").then().statusCode(201).body("scenarioId", equalTo(id));
    }

    @Test
    void aBrokenScenarioFileIsRefusedNamingTheBadElement() throws IOException {
        String yaml = defaultScenario().replaceFirst("(?m)^id: .*$", "id: broken-" + UUID.randomUUID())
                .replace("noDealValue: 57", "noDealValue: many");
        given().contentType("application/yaml").header("Authorization", "Bearer " + instructorToken()).body(yaml.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/scenarios").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", containsString("noDealValue"));
    }

    @Test
    void uploadingAScenarioNeedsAnInstructorCredential() throws IOException {
        given().contentType("application/yaml").body(defaultScenario().getBytes(StandardCharsets.UTF_8)).post("/api/v1/scenarios")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static String instructorToken() {
        return given().contentType(ContentType.JSON).body(Map.of("title", "Authoring", "tables", 1))
                .post("/api/v1/seminars").then().statusCode(201).extract().path("instructorToken");
    }

    private static String defaultScenario() throws IOException {
        try (InputStream in = ScenarioUploadTest.class.getClassLoader().getResourceAsStream("scenarios/ukraine-guarantees.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
