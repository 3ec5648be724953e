package org.guarantees.scoring.service;

import java.util.ArrayList;
import java.util.List;
import org.guarantees.scoring.domain.*;

/** Rates a deal with a rule set: a pure function of the deal, so the same deal always gets the same report. */
public final class DealRater {
    private final RuleSet rules;
    private final StressTester stressTester;

    public DealRater(RuleSet rules) {
        this.rules = rules;
        this.stressTester = new StressTester(rules, this);
    }

    public RuleSet rules() {
        return rules;
    }

    public DurabilityReport rate(Deal deal) {
        Evaluation evaluation = evaluate(deal);
        SurvivalCurve curve = new SurvivalCurve(evaluation.hazard());
        int score = curve.score();
        List<SurvivalPoint> points = new ArrayList<>(rules.reportYears().length);
        for (int year : rules.reportYears()) {
            points.add(new SurvivalPoint(year, round(curve.at(year), 1000)));
        }
        return new DurabilityReport(score, rules.bandFor(score).name(), points, round(curve.expectedYears(), 10),
                rules.horizonYears(), evaluation.findings(), evaluation.facts().assumptions(),
                stressTester.stress(deal, evaluation, score), rules.version());
    }

    public Evaluation evaluate(Deal deal) {
        Facts facts = new Facts(deal, rules.defaults());
        List<CompiledRule> all = rules.rules();
        int count = all.size();
        boolean[] fired = new boolean[count];
        String[] voidedBy = new String[count];
        for (int i = 0; i < count; i++) {
            fired[i] = all.get(i).when().test(facts, null);
        }
        for (int i = 0; i < count; i++) {
            if (fired[i]) {
                for (String target : all.get(i).suppresses()) {
                    markVoided(all, voidedBy, target, all.get(i).id());
                }
            }
        }
        double[] hazard = rules.baselineHazard().clone();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!fired[i]) {
                continue;
            }
            CompiledRule rule = all.get(i);
            if (voidedBy[i] != null) {
                findings.add(rule.finding().voidedBy(voidedBy[i]));
                continue;
            }
            findings.add(rule.finding());
            int last = Math.min(rule.toYear(), hazard.length);
            for (int year = rule.fromYear(); year <= last; year++) {
                hazard[year - 1] *= rule.factor();
            }
        }
        for (int year = 0; year < hazard.length; year++) {
            hazard[year] = Math.min(hazard[year], rules.maxYearlyHazard());
        }
        return new Evaluation(facts, hazard, List.copyOf(findings));
    }

    private static void markVoided(List<CompiledRule> all, String[] voidedBy, String target, String by) {
        for (int j = 0; j < all.size(); j++) {
            if (all.get(j).id().equals(target) && voidedBy[j] == null) {
                voidedBy[j] = by;
            }
        }
    }

    static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
