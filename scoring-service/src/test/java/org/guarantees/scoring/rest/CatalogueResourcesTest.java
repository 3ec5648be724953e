package org.guarantees.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueResourcesTest {

    @Test
    void theRulesEndpointServesTheVersionedRuleSetWithSourcedRules() {
        given().when().get("/api/v1/rules").then().statusCode(200).contentType(ContentType.JSON)
                .body("version", equalTo("guarantee-rules-v1.2"))
                .body("origin", startsWith("classpath:"))
                .body("ruleCount", greaterThanOrEqualTo(30))
                .body("ruleSet.rules.id", hasItems("aggressor-veto", "ratified-defence-guarantee",
                        "monitors-without-enforcement", "deterrent-force", "low-force-ceiling",
                        "armies-in-contact-early", "aggressor-aims-unmet", "sanctions-snapback", "capable-guarantor"))
                .body("ruleSet.rules.source", everyItem(notNullValue()))
                .body("ruleSet.rules.effect.basis", everyItem(notNullValue()))
                .body("ruleSet.baseline.yearlyHazard.size()", equalTo(20));
        given().when().get("/api/v1/rules/version").then().statusCode(200)
                .body("version", equalTo("guarantee-rules-v1.2"));
    }

    @Test
    void theCaseLibraryListsRatedHistoricalArrangementsWithOutcomesAndSources() {
        given().when().get("/api/v1/cases").then().statusCode(200).contentType(ContentType.JSON)
                .body("cases.size()", greaterThanOrEqualTo(8))
                .body("cases.id", hasItems("budapest-1994", "minsk-ii-2015", "istanbul-draft-2022",
                        "korea-armistice-1953", "egypt-israel-1979"))
                .body("cases.report.score", everyItem(notNullValue()))
                .body("cases.deal.protectedState", everyItem(notNullValue()))
                .body("cases.outcome.whatHappened", everyItem(notNullValue()))
                .body("cases.collect { it.sources.size() }", everyItem(greaterThanOrEqualTo(1)))
                .body("concordanceIndex", greaterThanOrEqualTo(0.8f))
                .body("comparablePairs", equalTo(160))
                .body("cases.findAll { it.heldOut }.id", hasItems("locarno-1925", "finland-1944"))
                .body("cases.findAll { it.heldOut }.size()", equalTo(26))
                .body("heldOutComparablePairs", equalTo(238))
                .body("heldOutConcordanceIndex", equalTo(0.63f))
                .body("cases.find { it.id == 'finland-1944' }.encodedAfter", equalTo("guarantee-rules-v1.0"))
                .body("cases.findAll { it.encodedAfter == 'guarantee-rules-v1.2' }.id",
                        hasItems("munich-1938", "agacher-1986"))
                .body("blindComparablePairs", equalTo(38))
                .body("blindConcordanceIndex", equalTo(0.697f));
    }

    @Test
    void oneCaseIsServedByItsId() {
        given().when().get("/api/v1/cases/budapest-1994").then().statusCode(200)
                .body("outcome.status", equalTo("BROKE_DOWN"))
                .body("outcome.years", equalTo(19.2f))
                .body("deal.instruments[0].legalForm", equalTo("POLITICAL_DECLARATION"))
                .body("report.findings.ruleId", hasItems("no-defence-commitment", "aggressor-among-guarantors"));
    }

    @Test
    void anUnknownCaseIdGets404ProblemJson() {
        given().when().get("/api/v1/cases/yalta-1945").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("yalta-1945"));
    }

    @Test
    void theBenchmarkFloorEndpointIsOffUnlessTheBenchmarkTurnsItOn() {
        given().contentType(ContentType.JSON).body(TestDeals.twentyPointPlan().toString()).when()
                .post("/benchmark/floor").then().statusCode(404);
    }
}
