package org.guarantees.game.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.SeatClient;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every REST operation of the served OpenAPI document, so that a new endpoint cannot slip through unchecked: each
 * one is refused without a credential, with a student's seat token and with another seminar's instructor token, unless
 * it is on the short, explicit list of public operations.
 */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class AuthorizationWalkTest {
    /** Creating a seminar, joining one and listing scenario titles need no credential. */
    private static final Set<String> PUBLIC = Set.of("POST /api/v1/seminars", "POST /api/v1/join", "GET /api/v1/scenarios");
    /** Uploading a scenario is open to any instructor, not only to one seminar's. */
    private static final Set<String> ANY_INSTRUCTOR = Set.of("POST /api/v1/scenarios");

    @Test
    void everyOperationOutsideThePublicOnesRefusesAMissingOrForeignCredential() throws Exception {
        TableFixture table = TableFixture.seatedTable();
        TableFixture other = TableFixture.seatedTable();
        JsonNode document = SeatClient.JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        List<String> checked = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String operation = op.getKey().toUpperCase() + " " + path.getKey();
            if (!path.getKey().startsWith("/api/") || PUBLIC.contains(operation)) {
                return;
            }
            String concrete = path.getKey().replace("{seminarId}", table.seminarId).replace("{tableId}", table.tableId)
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (Map.Entry<String, String> credential : foreignCredentials(path.getKey(), table, other).entrySet()) {
                if (ANY_INSTRUCTOR.contains(operation) && credential.getKey().contains("instructor")) {
                    continue;
                }
                String contentType = op.getValue().path("requestBody").path("content").fieldNames().hasNext()
                        ? op.getValue().path("requestBody").path("content").fieldNames().next() : "application/json";
                RequestSpecification request = given().contentType(contentType).body("{}".getBytes());
                if (!credential.getValue().isEmpty()) {
                    request.header("Authorization", credential.getValue());
                }
                int status = request.request(op.getKey().toUpperCase(), concrete).statusCode();
                assertThat(status).as(operation + " with " + credential.getKey()).isIn(401, 403);
            }
            checked.add(operation);
        }));
        assertThat(checked).as("the walk found the instructor operations").hasSizeGreaterThan(8);
    }

    /**
     * A seat's own operations (under /api/v1/tables/{tableId}) accept that table's seat tokens only; everything else
     * belongs to the seminar's instructor.
     */
    private static Map<String, String> foreignCredentials(String path, TableFixture table, TableFixture other) {
        if (path.startsWith("/api/v1/tables/")) {
            return Map.of("none", "", "another table's seat token", "Bearer " + other.tokenByRole.get("ukraine"),
                    "another seminar's instructor token", "Bearer " + other.instructorToken);
        }
        return Map.of("none", "", "a student's seat token", "Bearer " + table.tokenByRole.get("ukraine"),
                "another seminar's instructor token", "Bearer " + other.instructorToken);
    }

    @Test
    void aSeatActsOnlyAsItsOwnRoleWhateverTheFrameClaims() {
        TableFixture table = TableFixture.seatedTable();
        table.instructor("start");
        try (SeatClient ukraine = table.connect(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                + io.restassured.RestAssured.port), "ukraine", 0)) {
            String id = ukraine.send(SeatClient.move("chat").put("text", "who am I?").put("actor", "russia")
                    .put("role", "russia").put("from", "russia"));
            ukraine.reply(id);
            JsonNode chat = ukraine.event("chat.posted");
            assertThat(chat.path("actor").asText()).isEqualTo("ukraine");
        }
    }
}
