package org.guarantees.scoring.service;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.guarantees.scoring.domain.*;

/** Rates a deal with a rule set: a pure function of the deal, so the same deal always gets the same report. */
public final class DealRater {
    private final RuleSet rules;
    private final CompiledRule[] all;
    private final int[][] voidedIndexes;
    private final StressTester stressTester;

    public DealRater(RuleSet rules) {
        this.rules = rules;
        this.all = rules.rules().toArray(CompiledRule[]::new);
        this.voidedIndexes = new int[all.length][];
        for (int i = 0; i < all.length; i++) {
            List<String> targets = all[i].suppresses();
            voidedIndexes[i] = IntStream.range(0, all.length).filter(j -> targets.contains(all[j].id())).toArray();
        }
        this.stressTester = new StressTester(rules, this);
    }

    public RuleSet rules() {
        return rules;
    }

    public DurabilityReport rate(Deal deal) {
        Evaluation evaluation = evaluate(deal);
        SurvivalCurve curve = new SurvivalCurve(evaluation.hazard());
        int score = curve.score();
        int[] years = rules.reportYears();
        SurvivalPoint[] points = new SurvivalPoint[years.length];
        for (int i = 0; i < years.length; i++) {
            points[i] = new SurvivalPoint(years[i], round(curve.at(years[i]), 1000));
        }
        return new DurabilityReport(score, rules.bandFor(score).name(), List.of(points),
                round(curve.expectedYears(), 10), rules.horizonYears(), evaluation.findings(),
                evaluation.facts().assumptions(), stressTester.stress(deal, evaluation, score), rules.version());
    }

    public Evaluation evaluate(Deal deal) {
        return evaluate(deal, true);
    }

    /** The yearly hazards of a deal whose findings and assumptions are not reported (a stressed deal). */
    double[] hazardOf(Deal deal) {
        return evaluate(deal, false).hazard();
    }

    private Evaluation evaluate(Deal deal, boolean reported) {
        Facts facts = new Facts(deal, rules.defaults(), reported);
        int count = all.length;
        boolean[] fired = rules.program() != null ? rules.program().fired(facts) : firedOneByOne(facts);
        String[] voidedBy = new String[count];
        for (int i = 0; i < count; i++) {
            if (fired[i]) {
                for (int target : voidedIndexes[i]) {
                    if (voidedBy[target] == null) {
                        voidedBy[target] = all[i].id();
                    }
                }
            }
        }
        double[] hazard = rules.baselineHazard().clone();
        Finding[] findings = reported ? new Finding[count] : null;
        int found = 0;
        for (int i = 0; i < count; i++) {
            if (!fired[i]) {
                continue;
            }
            CompiledRule rule = all[i];
            if (voidedBy[i] != null) {
                if (reported) {
                    findings[found++] = rule.finding().voidedBy(voidedBy[i]);
                }
                continue;
            }
            if (reported) {
                findings[found++] = rule.finding();
            }
            int last = Math.min(rule.toYear(), hazard.length);
            for (int year = rule.fromYear(); year <= last; year++) {
                hazard[year - 1] *= rule.factor();
            }
        }
        for (int year = 0; year < hazard.length; year++) {
            hazard[year] = Math.min(hazard[year], rules.maxYearlyHazard());
        }
        return new Evaluation(facts, hazard, reported ? List.of(Arrays.copyOf(findings, found)) : List.of());
    }

    /** For a rules file too large for a rule program: each rule's condition tree in turn. */
    private boolean[] firedOneByOne(Facts facts) {
        boolean[] fired = new boolean[all.length];
        for (int i = 0; i < all.length; i++) {
            fired[i] = all[i].when().test(facts, null);
        }
        return fired;
    }

    static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
