package org.guarantees.scoring.service;

import java.util.ArrayList;
import java.util.List;
import org.guarantees.scoring.domain.Assumption;
import org.guarantees.scoring.domain.DurabilityReport;
import org.guarantees.scoring.domain.Finding;
import org.guarantees.scoring.domain.StressTestResult;
import org.guarantees.scoring.domain.SurvivalPoint;

/**
 * A report that uses every fragment the renderer keeps for a rule set, so that comparing the renderer with the mapper
 * on it shows whether the mapper writes JSON the way the renderer assembles it.
 */
final class ProbeReport {
    /** Every character an assumed value may hold without escaping, so the mapper's escaping is probed too. */
    private static final String PLAIN_TEXT = " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`"
            + "abcdefghijklmnopqrstuvwxyz{|}~";

    private ProbeReport() {
    }

    static DurabilityReport covering(RuleSet rules) {
        String band = rules.bands().isEmpty() ? "" : rules.bands().get(0).name();
        List<SurvivalPoint> survival = new ArrayList<>();
        for (int year : rules.reportYears()) {
            survival.add(new SurvivalPoint(year, 0.873));
        }
        List<Finding> findings = new ArrayList<>();
        for (CompiledRule rule : rules.rules()) {
            findings.add(rule.finding());
        }
        List<Assumption> assumptions = new ArrayList<>();
        for (DefaultValue fallback : rules.defaults()) {
            assumptions.add(new Assumption(fallback.field().path, PLAIN_TEXT, fallback.reason()));
        }
        List<StressTestResult> stressed = new ArrayList<>();
        for (StressTest test : rules.stressTests()) {
            stressed.add(new StressTestResult(test.id(), test.title(), test.explanation(), test.source(), 41, band, -9,
                    0.25));
        }
        return new DurabilityReport(50, band, survival, 14.2, rules.horizonYears(), findings, assumptions, stressed,
                rules.version());
    }
}
