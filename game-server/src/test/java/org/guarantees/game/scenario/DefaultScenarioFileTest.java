package org.guarantees.game.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultScenarioFileTest {

    private final Scenario scenario = Fixtures.defaultScenario();

    @Test
    void defaultScenarioHasTheFourDelegationsAndTenToFifteenIssuesOfThreeToFiveOptions() {
        assertEquals("ukraine-guarantees-2026", scenario.id());
        assertEquals(List.of("ukraine", "russia", "usa", "europe"), scenario.roleIds());
        assertTrue(scenario.issues().size() >= 10 && scenario.issues().size() <= 15, "issues: " + scenario.issues().size());
        for (Issue issue : scenario.issues()) {
            int options = issue.options().size();
            assertTrue(options >= 3 && options <= 5, issue.id() + " has " + options + " options");
        }
    }

    @Test
    void everyRoleScoresEveryOptionOfEveryIssueOnAHundredPointScale() {
        for (Role role : scenario.roles()) {
            for (Issue issue : scenario.issues()) {
                for (Option option : issue.options()) {
                    assertTrue(role.points().get(issue.id()).containsKey(option.id()), role.id() + " " + issue.id() + "=" + option.id());
                }
            }
            assertEquals(100, role.bestPossible(), role.id());
            assertTrue(role.worstPossible() < role.noDealValue() && role.noDealValue() < role.bestPossible(), role.id());
        }
    }

    @Test
    void everyRedLineNamesAnExistingOptionAndEveryRoleHasSome() {
        for (Role role : scenario.roles()) {
            assertFalse(role.redLines().isEmpty(), role.id() + " has no red line");
            for (OptionRef line : role.redLines()) {
                assertTrue(scenario.issue(line.issue()).flatMap(i -> i.option(line.option())).isPresent(), line.toString());
            }
        }
    }

    @Test
    void everyBriefExplainsTheRolesCaseOnEveryIssue() {
        for (Role role : scenario.roles()) {
            assertFalse(role.brief().background().isBlank());
            assertTrue(role.brief().interests().size() >= 3, role.id());
            assertTrue(role.brief().privateInstructions().size() >= 3, role.id());
            for (Issue issue : scenario.issues()) {
                assertTrue(role.brief().talkingPoint(issue.id()).isPresent(), role.id() + " says nothing on " + issue.id());
            }
        }
    }

    @Test
    void theTableStartsFromEachIssuesStatusQuoOption() {
        Map<String, String> start = scenario.defaultSelection();
        assertTrue(scenario.isComplete(start));
        assertEquals("bilateral-aid", start.get("guarantee-form"));
        assertEquals("frozen-line", start.get("territory"));
        assertEquals("in-place", start.get("ceasefire"), "without a declared status quo the first option holds");
    }

    @Test
    void injectsFallBetweenRoundsAndRoundsAreNumberedInOrder() {
        assertEquals(4, scenario.rounds().size());
        assertTrue(scenario.injects().size() >= 3 && scenario.injects().size() <= 5);
        for (Inject inject : scenario.injects()) {
            assertTrue(inject.afterRound() >= 1 && inject.afterRound() < scenario.rounds().size(), inject.id());
        }
        assertTrue(scenario.inject("kyiv-poll").orElseThrow().text().contains("73%"));
    }

    @Test
    void redLinesAreRecordedAsGrievancesOfTheRightStateInTheDealTerms() {
        Map<String, String> country = Map.of("ukraine", "UA", "russia", "RU", "usa", "US", "europe", "EU");
        for (Role role : scenario.roles()) {
            for (OptionRef line : role.redLines()) {
                Option option = scenario.issue(line.issue()).flatMap(i -> i.option(line.option())).orElseThrow();
                Object grievances = option.dealTerms().get("grievances");
                assertTrue(grievances instanceof Map<?, ?> g && g.get("redLinesCrossed") instanceof List<?> crossed
                        && crossed.contains(country.get(role.id())), line + " does not record " + role.id() + "'s grievance");
            }
        }
    }

    @Test
    void everyGrievanceInTheDealTermsIsARedLineOfThatState() {
        Map<String, String> roleOf = Map.of("UA", "ukraine", "RU", "russia", "US", "usa", "EU", "europe");
        for (Issue issue : scenario.issues()) {
            for (Option option : issue.options()) {
                if (option.dealTerms().get("grievances") instanceof Map<?, ?> g && g.get("redLinesCrossed") instanceof List<?> crossed) {
                    for (Object state : crossed) {
                        Role role = scenario.role(roleOf.get(state)).orElseThrow();
                        assertTrue(role.crosses(issue.id(), option.id()), issue.id() + "=" + option.id() + " is no red line of " + state);
                    }
                }
            }
        }
    }
}
