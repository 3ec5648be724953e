package org.guarantees.scoring.domain;

import java.util.List;

/**
 * The case library with the concordance between the ratings and what history did: over the calibration cases, which the
 * rules were tuned against; apart over the held-out cases, outside the library (null when they form no pair); and over
 * the held-out cases encoded after the active rules were fixed, the only ones they are blind to (blind).
 */
public record CaseLibrary(
        String rulesVersion,
        double concordanceIndex,
        int comparablePairs,
        Double heldOutConcordanceIndex,
        int heldOutComparablePairs,
        Double blindConcordanceIndex,
        int blindComparablePairs,
        List<HistoricalCase> cases) {
}
