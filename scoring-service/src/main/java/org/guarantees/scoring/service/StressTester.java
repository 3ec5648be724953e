package org.guarantees.scoring.service;

import java.util.ArrayList;
import java.util.List;
import org.guarantees.scoring.domain.Deal;
import org.guarantees.scoring.domain.StressTestResult;

/**
 * Re-rates a deal under each stress test. Whatever a stress test's data says, the stressed hazard of every year is at
 * least the unstressed one, so a stress test can never raise the score.
 */
final class StressTester {
    private final RuleSet rules;
    private final DealRater rater;

    StressTester(RuleSet rules, DealRater rater) {
        this.rules = rules;
        this.rater = rater;
    }

    List<StressTestResult> stress(Deal deal, Evaluation base, int baseScore) {
        List<StressTestResult> results = new ArrayList<>(rules.stressTests().size());
        for (StressTest test : rules.stressTests()) {
            double[] stressed = stressedHazard(deal, base, test);
            SurvivalCurve curve = new SurvivalCurve(stressed);
            int score = Math.min(curve.score(), baseScore);
            results.add(new StressTestResult(test.id(), test.title(), test.explanation(), test.source(), score,
                    rules.bandFor(score).name(), score - baseScore, DealRater.round(curve.at(stressed.length), 1000)));
        }
        return results;
    }

    /** A deal the party is in none of stands as it is, so it is not evaluated again. */
    private double[] hazardWithoutParty(Deal deal, Evaluation base, StressTest test) {
        Deal without = PartyRemoval.without(deal, test.removedParty(), test.removedCapabilities(), test.greatPowers());
        return without == deal ? base.hazard() : rater.hazardOf(without);
    }

    private double[] stressedHazard(Deal deal, Evaluation base, StressTest test) {
        double[] shocked = test.removedParty() == null ? base.hazard() : hazardWithoutParty(deal, base, test);
        double factor = Math.max(1.0, test.factorFor(base.facts()));
        double[] stressed = new double[shocked.length];
        for (int year = 1; year <= shocked.length; year++) {
            double hazard = shocked[year - 1];
            if (year >= test.fromYear() && year <= test.toYear()) {
                hazard *= factor;
            }
            stressed[year - 1] = Math.max(base.hazard()[year - 1], Math.min(hazard, rules.maxYearlyHazard()));
        }
        return stressed;
    }
}
