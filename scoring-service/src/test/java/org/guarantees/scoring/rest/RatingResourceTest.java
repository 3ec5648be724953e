package org.guarantees.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RatingResourceTest {

    static JsonPath rate(ObjectNode deal) {
        return given().contentType(ContentType.JSON).body(TestDeals.text(deal))
                .when().post("/api/v1/ratings")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    @Test
    void twentyPointPlanWithRussiaAsVetoHoldingGuarantorScoresClearlyLowerAndNamesTheVetoRule() {
        JsonPath plan = rate(TestDeals.twentyPointPlan());
        JsonPath vetoed = rate(TestDeals.twentyPointPlanWithRussianVeto());

        assertTrue(vetoed.getInt("score") <= plan.getInt("score") - 10,
                "veto version " + vetoed.getInt("score") + " vs plan " + plan.getInt("score"));
        assertTrue(vetoed.getList("findings.ruleId").contains("aggressor-veto"));
        assertTrue(!plan.getList("findings.ruleId").contains("aggressor-veto"));
        List<String> guaranteeCredit = List.of("signed-defence-agreement", "capable-guarantor", "enablers-committed");
        assertTrue(plan.getList("findings.ruleId").containsAll(guaranteeCredit));
        List<String> creditedWhenVetoed = vetoed.getList("findings.findAll { it.voidedBy == null }.ruleId");
        guaranteeCredit.forEach(rule -> assertTrue(!creditedWhenVetoed.contains(rule), rule + " still credited"));
    }

    @Test
    void ratifiedAutomaticGuaranteeByCapableGuarantorsScoresAboveTheSameAsAPoliticalDeclaration() {
        JsonPath ratified = rate(TestDeals.capableGuarantee("RATIFIED_TREATY", "AUTOMATIC"));
        JsonPath declared = rate(TestDeals.capableGuarantee("POLITICAL_DECLARATION", "AUTOMATIC"));

        assertTrue(ratified.getInt("score") > declared.getInt("score"),
                ratified.getInt("score") + " vs " + declared.getInt("score"));
        assertTrue(ratified.getList("findings.ruleId").containsAll(
                List.of("ratified-defence-guarantee", "automatic-trigger", "capable-guarantor")));
        assertTrue(declared.getList("findings.ruleId").contains("political-defence-assurance"));
    }

    @Test
    void aTreatyThatLeavesEachGuarantorFreeToDecideWhetherToActEarnsOnlyAnAssurancesCredit() {
        JsonPath obliged = rate(TestDeals.capableGuarantee("RATIFIED_TREATY", "CONSTITUTIONAL_PROCESS"));
        JsonPath discretionary = rate(TestDeals.capableGuarantee("RATIFIED_TREATY", "DISCRETION"));

        assertTrue(discretionary.getInt("score") < obliged.getInt("score"),
                discretionary.getInt("score") + " vs " + obliged.getInt("score"));
        assertTrue(obliged.getList("findings.ruleId").contains("ratified-defence-guarantee"));
        List<String> fired = discretionary.getList("findings.ruleId");
        assertTrue(fired.contains("political-defence-assurance"), fired.toString());
        assertTrue(!fired.contains("ratified-defence-guarantee") && !fired.contains("signed-defence-agreement"),
                fired.toString());
    }

    @Test
    void aLowCeilingOnTheProtectedStatesForcesLowersTheScore() {
        ObjectNode capped = TestDeals.twentyPointPlan();
        ((ObjectNode) capped.get("forceLimits")).put("personnelCeiling", 85000);

        JsonPath plan = rate(TestDeals.twentyPointPlan());
        JsonPath low = rate(capped);

        assertTrue(low.getInt("score") < plan.getInt("score"), low.getInt("score") + " vs " + plan.getInt("score"));
        assertTrue(low.getList("findings.ruleId").contains("low-force-ceiling"));
    }

    @Test
    void aCeilingCostsNothingWhenThePotentialAggressorHasNothingLeftToSeek() {
        ObjectNode satisfied = TestDeals.twentyPointPlan();
        satisfied.putObject("grievances").putArray("maximalistAimsUnmet");
        ObjectNode satisfiedAndCapped = satisfied.deepCopy();
        ((ObjectNode) satisfiedAndCapped.get("forceLimits")).put("personnelCeiling", 85000);

        JsonPath uncapped = rate(satisfied);
        JsonPath capped = rate(satisfiedAndCapped);

        assertEquals(uncapped.getInt("score"), capped.getInt("score"));
        List<String> fired = capped.getList("findings.ruleId");
        assertTrue(fired.contains("aggressor-satisfied") && !fired.contains("low-force-ceiling")
                && !fired.contains("defender-outmatched"), fired.toString());
    }

    @Test
    void noStressTestRaisesTheScoreAndTheThreeRequiredShocksAreApplied() {
        for (ObjectNode deal : List.of(TestDeals.twentyPointPlan(), TestDeals.twentyPointPlanWithRussianVeto(),
                TestDeals.capableGuarantee("RATIFIED_TREATY", "AUTOMATIC"),
                TestDeals.capableGuarantee("POLITICAL_DECLARATION", "DISCRETION"))) {
            JsonPath report = rate(deal);
            int score = report.getInt("score");
            List<Integer> stressed = report.getList("stressTests.score", Integer.class);
            assertTrue(report.getList("stressTests.id").containsAll(
                    List.of("us-disengages", "revanchist-leadership", "spoiler-incident")));
            stressed.forEach(s -> assertTrue(s <= score, "stress score " + s + " above " + score));
            report.getList("stressTests.scoreChange", Integer.class).forEach(change -> assertTrue(change <= 0));
        }
        JsonPath plan = rate(TestDeals.twentyPointPlan());
        assertTrue(plan.getInt("stressTests.find { it.id == 'us-disengages' }.score") < plan.getInt("score"),
                "losing the US must cost a plan whose guarantee rests on it");
    }

    @Test
    void theSurvivalCurveNeverRisesAndReportsYears1To20() {
        JsonPath report = rate(TestDeals.twentyPointPlan());
        assertEquals(List.of(1, 2, 5, 10, 20), report.getList("survival.year", Integer.class));
        List<Float> survival = report.getList("survival.probability", Float.class);
        for (int i = 1; i < survival.size(); i++) {
            assertTrue(survival.get(i) <= survival.get(i - 1), "survival rose: " + survival);
        }
        assertTrue(report.getFloat("expectedYearsOfPeace") > 0 && report.getFloat("expectedYearsOfPeace") <= 20);
    }

    @Test
    void missingOptionalDimensionsTakeTheWeakestAssumptionAndAreListed() {
        ObjectNode bare = TestDeals.JSON.createObjectNode().put("protectedState", "UA").put("potentialAggressor", "RU");
        JsonPath report = rate(bare);
        List<String> assumed = report.getList("assumptions.field");
        assertTrue(assumed.containsAll(List.of("instruments", "territory", "militaryBalance",
                "grievances.maximalistAimsUnmet")), assumed.toString());
        assertEquals("OPEN", report.getString("assumptions.find { it.field == 'territory' }.assumed"));
        assertTrue(report.getList("findings.ruleId").contains("aggressor-aims-unmet"));
    }

    @Test
    void theSameDealAlwaysGetsTheSameReport() {
        String first = given().contentType(ContentType.JSON).body(TestDeals.text(TestDeals.twentyPointPlan()))
                .post("/api/v1/ratings").then().statusCode(200).extract().asString();
        String second = given().contentType(ContentType.JSON).body(TestDeals.text(TestDeals.twentyPointPlan()))
                .post("/api/v1/ratings").then().statusCode(200).extract().asString();
        assertEquals(first, second);
    }

    @Test
    void everyFindingCarriesAnExplanationAndASource() {
        JsonPath report = rate(TestDeals.twentyPointPlanWithRussianVeto());
        report.getList("findings.explanation", String.class).forEach(e -> assertTrue(!e.isBlank()));
        report.getList("findings.source", String.class).forEach(s -> assertTrue(!s.isBlank()));
        given().contentType(ContentType.JSON).body(TestDeals.text(TestDeals.twentyPointPlan()))
                .post("/api/v1/ratings").then().statusCode(200)
                .body("findings.source", hasItem("seed:004 (the US role: nuclear, air and space, intelligence, logistics)"));
    }
}
