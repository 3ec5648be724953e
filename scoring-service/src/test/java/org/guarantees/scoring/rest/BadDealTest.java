package org.guarantees.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadDealTest {

    static ValidatableResponse postRejected(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/ratings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("type", equalTo("/problems/invalid-deal"));
    }

    @Test
    void anUnknownFieldIsRejectedAndNamed() {
        ObjectNode deal = TestDeals.twentyPointPlan().put("boots", "on the ground");
        postRejected(deal.toString())
                .body("violations.field", hasItem("boots"))
                .body("violations.find { it.field == 'boots' }.message", equalTo("unknown field"));
    }

    @Test
    void anUnknownFieldInsideAnInstrumentIsNamedWithItsPath() {
        ObjectNode deal = TestDeals.twentyPointPlan();
        ((ObjectNode) deal.get("instruments").get(0)).put("ratifiedBy", "Senate");
        postRejected(deal.toString()).body("violations.field", hasItem("instruments[0].ratifiedBy"));
    }

    @Test
    void aBadEnumValueIsRejectedAndNamed() {
        ObjectNode deal = TestDeals.twentyPointPlan();
        ((ObjectNode) deal.get("instruments").get(0)).put("trigger", "WHEN_CONVENIENT");
        postRejected(deal.toString())
                .body("violations.field", hasItem("instruments[0].trigger"))
                .body("violations.find { it.field == 'instruments[0].trigger' }.message",
                        containsString("UNANIMITY_OF_GUARANTORS"));
    }

    @Test
    void aWrongTypeIsRejectedAndNamed() {
        ObjectNode deal = TestDeals.twentyPointPlan().put("ceasefire", "maybe").put("year", "soon");
        postRejected(deal.toString()).body("violations.field", hasItems("ceasefire", "year"));
    }

    @Test
    void aMissingRequiredFieldIsRejectedAndNamed() {
        ObjectNode deal = TestDeals.twentyPointPlan();
        deal.remove("potentialAggressor");
        ((ObjectNode) deal.get("instruments").get(0)).remove("legalForm");
        postRejected(deal.toString())
                .body("violations.field", hasItems("potentialAggressor", "instruments[0].legalForm"));
    }

    @Test
    void aBadCountryCodeIsRejectedAndNamed() {
        ObjectNode deal = TestDeals.twentyPointPlan().put("protectedState", "UKR");
        ((com.fasterxml.jackson.databind.node.ArrayNode) deal.get("instruments").get(0).get("guarantors")).add("XX");
        postRejected(deal.toString())
                .body("violations.field", hasItems("protectedState", "instruments[0].guarantors[5]"));
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        ObjectNode deal = TestDeals.twentyPointPlan().put("boots", 1).put("territory", "PARTITIONED")
                .put("protectedState", "ZZ");
        postRejected(deal.toString()).body("violations.field", hasItems("boots", "territory", "protectedState"));
    }

    @Test
    void malformedJsonIsRejectedAsABadBody() {
        postRejected("{\"protectedState\": \"UA\",").body("violations.field", hasItem("body"));
    }
}
