package org.guarantees.game.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DealMapperTest {

    private final Scenario scenario = Fixtures.defaultScenario();
    private final OpenApiDealSchema contract = new OpenApiDealSchema();

    DealMapperTest() throws IOException {
    }

    private Map<String, String> startWith(String... issueOptionPairs) {
        Map<String, String> selection = new LinkedHashMap<>(scenario.defaultSelection());
        for (int i = 0; i < issueOptionPairs.length; i += 2) {
            selection.put(issueOptionPairs[i], issueOptionPairs[i + 1]);
        }
        return selection;
    }

    @Test
    void theLoadersContractHasExactlyTheEnumsOfTheScoringServicesOpenApiDocument() {
        assertEquals(contract.enums(), DealContract.enums());
    }

    @Test
    void everyOptionOfEveryIssueYieldsADealTheScoringServiceAccepts() {
        for (Issue issue : scenario.issues()) {
            for (Option option : issue.options()) {
                Map<String, Object> deal = DealMapper.toDeal(scenario, startWith(issue.id(), option.id()), "t");
                assertEquals(List.of(), contract.violations(deal), issue.id() + "=" + option.id());
            }
        }
    }

    @Test
    void everyRolesIdealDealAndTheStatusQuoYieldValidDeals() {
        assertEquals(List.of(), contract.violations(DealMapper.toDeal(scenario, scenario.defaultSelection())));
        for (Role role : scenario.roles()) {
            Map<String, String> ideal = new LinkedHashMap<>();
            for (Issue issue : scenario.issues()) {
                ideal.put(issue.id(), issue.options().stream()
                        .max((a, b) -> role.points(issue.id(), a.id()) - role.points(issue.id(), b.id())).orElseThrow().id());
            }
            assertEquals(List.of(), contract.violations(DealMapper.toDeal(scenario, ideal, role.name() + "'s ideal")), role.id());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void fourIssuesBuildOnePrimaryInstrumentAndTheUsBackstopAddsASecond() {
        Map<String, Object> deal = DealMapper.toDeal(scenario, startWith("guarantee-form", "article5-like",
                "legal-form", "ratified-treaty", "guarantors", "coalition-with-us", "trigger", "constitutional-process",
                "us-backstop", "air-support"), "Strong guarantee");
        List<Map<String, Object>> instruments = (List<Map<String, Object>>) deal.get("instruments");
        assertEquals(2, instruments.size());
        Map<String, Object> primary = instruments.get(0);
        assertEquals("Security guarantee for Ukraine", primary.get("name"));
        assertEquals("COLLECTIVE_DEFENCE", primary.get("commitment"));
        assertEquals("RATIFIED_TREATY", primary.get("legalForm"));
        assertEquals(List.of("US", "GB", "FR", "DE", "PL", "CA"), primary.get("guarantors"));
        assertEquals("CONSTITUTIONAL_PROCESS", primary.get("trigger"));
        assertEquals(List.of("US"), instruments.get(1).get("guarantors"));
        assertTrue(((List<?>) instruments.get(1).get("support")).contains("AIR_SUPPORT"));
        assertEquals(false, deal.get("aggressorCanVeto"));
        assertEquals(false, deal.get("aggressorIsGuarantor"));
        assertEquals("Strong guarantee", deal.get("title"));
        assertEquals("UA", deal.get("protectedState"));
    }

    @Test
    void russiaAsAGuarantorUnderAUnanimityRuleHoldsAVeto() {
        Map<String, Object> deal = DealMapper.toDeal(scenario, startWith("guarantors", "istanbul-p5", "trigger", "unanimity"), null);
        assertEquals(true, deal.get("aggressorIsGuarantor"));
        assertEquals(true, deal.get("aggressorCanVeto"));
        Map<String, Object> noVeto = DealMapper.toDeal(scenario, startWith("guarantors", "coalition-with-us", "trigger", "unanimity"), null);
        assertEquals(false, noVeto.get("aggressorCanVeto"), "unanimity among Western guarantors gives Russia no veto");
    }

    @Test
    void noGuaranteeMeansNoInstrumentWhateverTheOtherGuaranteeIssuesSay() {
        Map<String, Object> deal = DealMapper.toDeal(scenario, startWith("guarantee-form", "none", "us-backstop", "none",
                "legal-form", "ratified-treaty"), null);
        assertEquals(List.of(), deal.get("instruments"));
        assertEquals(List.of(), contract.violations(deal));
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsFromSeveralIssuesAreJoinedWithoutRepeats() {
        Map<String, Object> deal = DealMapper.toDeal(scenario, startWith("nato", "membership", "foreign-forces",
                "reassurance-force", "territory", "recognised-cession"), null);
        Map<String, Object> grievances = (Map<String, Object>) deal.get("grievances");
        assertEquals(List.of("RU", "US", "UA"), grievances.get("redLinesCrossed"));
    }

    @Test
    void mappingLeavesTheScenarioUntouched() {
        Map<String, String> selection = startWith("us-backstop", "air-support", "nato", "membership");
        Map<String, Object> first = DealMapper.toDeal(scenario, selection, "x");
        Map<String, Object> second = DealMapper.toDeal(scenario, selection, "x");
        assertEquals(first, second);
        assertEquals(Fixtures.defaultScenario(), scenario);
    }

    @Test
    void anIncompleteOrUnknownSelectionIsRefusedNamingTheIssue() {
        Map<String, String> missing = startWith();
        missing.remove("trigger");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DealMapper.toDeal(scenario, missing, null))
                .getMessage().contains("'trigger'"));
        Map<String, String> unknown = startWith("nato", "article-10");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DealMapper.toDeal(scenario, unknown, null))
                .getMessage().contains("'article-10'"));
    }
}
