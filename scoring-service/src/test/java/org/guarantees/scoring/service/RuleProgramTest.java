package org.guarantees.scoring.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guarantees.scoring.config.PackagedRules;
import org.guarantees.scoring.domain.Deal;
import org.guarantees.scoring.domain.HistoricalCase;
import org.junit.jupiter.api.Test;

/**
 * The rule program (every condition flattened to bit tests) must fire exactly the rules the condition trees fire, and a
 * rating must not depend on which of the two ran.
 */
class RuleProgramTest {
    private static final DealRater WITH_PROGRAM = PackagedRules.rater();
    private static final RuleSet RULES = WITH_PROGRAM.rules();
    private static final DealRater TREES_ONLY = new DealRater(new RuleSet(RULES.version(), RULES.origin(),
            RULES.baselineHazard(), RULES.maxYearlyHazard(), RULES.reportYears(), RULES.bands(), RULES.defaults(),
            RULES.rules(), RULES.stressTests(), null, RULES.document()));
    private static final int RANDOM_DEALS = 20_000;

    private static boolean[] firedByTrees(Facts facts) {
        List<CompiledRule> rules = RULES.rules();
        boolean[] fired = new boolean[rules.size()];
        for (int i = 0; i < fired.length; i++) {
            fired[i] = rules.get(i).when().test(facts, null);
        }
        return fired;
    }

    private static void assertSameRulesFire(Deal deal, String label) {
        Facts facts = new Facts(deal, RULES.defaults());
        assertArrayEquals(firedByTrees(facts), RULES.program().fired(facts), label);
    }

    @Test
    void thePackagedRulesCompileToAProgram() {
        assertNotNull(RULES.program(), "the packaged rules file fits the program's 64 bits");
    }

    @Test
    void theProgramFiresWhatTheTreesFireForEveryHistoricalCase() {
        for (HistoricalCase historical : PackagedRules.cases().cases()) {
            assertSameRulesFire(historical.deal(), historical.id());
        }
    }

    @Test
    void theProgramFiresWhatTheTreesFireForRandomDealsAndTheirStressedForms() {
        RandomDeals deals = new RandomDeals(20261122L);
        int fired = 0;
        int silent = 0;
        for (int n = 0; n < RANDOM_DEALS; n++) {
            Deal deal = deals.next();
            assertSameRulesFire(deal, "random deal #" + n + ": " + deal);
            for (StressTest test : RULES.stressTests()) {
                if (test.removedParty() != null) {
                    assertSameRulesFire(PartyRemoval.without(deal, test.removedParty(), test.removedCapabilities(),
                            test.greatPowers()), "random deal #" + n + " under " + test.id());
                }
            }
            for (boolean each : RULES.program().fired(new Facts(deal, RULES.defaults()))) {
                fired += each ? 1 : 0;
                silent += each ? 0 : 1;
            }
        }
        assertTrue(fired > RANDOM_DEALS && silent > RANDOM_DEALS, "the random deals exercise both outcomes");
    }

    @Test
    void aRatingIsTheSameWithTheProgramAndWithTheTrees() {
        RandomDeals deals = new RandomDeals(7L);
        for (HistoricalCase historical : PackagedRules.cases().cases()) {
            assertEquals(TREES_ONLY.rate(historical.deal()), WITH_PROGRAM.rate(historical.deal()), historical.id());
        }
        for (int n = 0; n < RANDOM_DEALS / 4; n++) {
            Deal deal = deals.next();
            assertEquals(TREES_ONLY.rate(deal), WITH_PROGRAM.rate(deal), "random deal #" + n + ": " + deal);
        }
    }
}
