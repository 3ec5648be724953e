package org.guarantees.scoring.domain;

import java.util.List;

/** The case library with the concordance between the ratings and what history did. */
public record CaseLibrary(
        String rulesVersion,
        double concordanceIndex,
        int comparablePairs,
        List<HistoricalCase> cases) {
}
