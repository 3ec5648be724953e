package org.guarantees.scoring.domain;

import java.util.List;

/**
 * The case library with the concordance between the ratings and what history did: over the calibration cases, which the
 * rules were tuned against, and apart over the held-out cases, which they were not (null when they form no pair).
 */
public record CaseLibrary(
        String rulesVersion,
        double concordanceIndex,
        int comparablePairs,
        Double heldOutConcordanceIndex,
        int heldOutComparablePairs,
        List<HistoricalCase> cases) {
}
