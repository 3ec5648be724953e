package org.guarantees.scoring.service;

import java.util.List;

/**
 * The active, validated rules: a baseline yearly hazard curve, the rules that multiply it, the assumptions for missing
 * fields, score bands and stress tests. {@code program} is the rules' conditions flattened for speed, or null when the file is too large for it;
 * {@code document} is the file as read, served by GET /api/v1/rules.
 */
public record RuleSet(
        String version,
        String origin,
        double[] baselineHazard,
        double maxYearlyHazard,
        int[] reportYears,
        List<Band> bands,
        List<DefaultValue> defaults,
        List<CompiledRule> rules,
        List<StressTest> stressTests,
        RuleProgram program,
        Object document) {

    public int horizonYears() {
        return baselineHazard.length;
    }

    public Band bandFor(int score) {
        Band chosen = bands.get(bands.size() - 1);
        for (Band band : bands) {
            if (score >= band.minScore() && band.minScore() >= chosen.minScore()) {
                chosen = band;
            }
        }
        return chosen;
    }
}
