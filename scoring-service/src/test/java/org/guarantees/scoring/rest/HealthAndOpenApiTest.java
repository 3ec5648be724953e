package org.guarantees.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndOpenApiTest {

    @Test
    void theServiceIsReadyOnceTheRulesAreLoaded() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("guarantee-rules"));
    }

    @Test
    void theServedOpenApiIsTheContractFirstDocumentCompleted() {
        given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("operationId: rateDeal"))
                .body(containsString("/api/v1/cases/{id}:"))
                .body(containsString("/api/v1/rules:"))
                .body(containsString("DurabilityReport:"))
                .body(containsString("CaseLibrary:"))
                .body(containsString("UNANIMITY_OF_GUARANTORS"))
                .body(containsString("additionalProperties: false"));
    }
}
