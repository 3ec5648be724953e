package org.guarantees.scoring.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.guarantees.scoring.config.PackagedRules;
import org.guarantees.scoring.domain.CaseLibrary;
import org.guarantees.scoring.domain.HistoricalCase;
import org.junit.jupiter.api.Test;

class CaseLibraryConcordanceTest {

    @Test
    void ratingsOrderTheHistoricalCasesAsHistoryDidWithHarrellsCAtLeast0point8() {
        CaseLibrary library = PackagedRules.cases();
        List<HistoricalCase> observed = library.cases().stream().filter(c -> c.outcome().observed())
                .sorted(Comparator.comparingDouble(c -> c.outcome().years())).toList();
        observed.forEach(c -> System.out.printf(Locale.ROOT, "%-32s %-10s %5.1f years  score %3d  %s%n", c.id(),
                c.outcome().status(), c.outcome().years(), c.report().score(), c.report().band()));
        ConcordanceIndex.Result result = ConcordanceIndex.of(observed.stream()
                .map(c -> new ConcordanceIndex.Observation(c.report().score(), c.outcome().years(),
                        c.outcome().brokeDown()))
                .toList());
        System.out.printf(Locale.ROOT, "Harrell's C = %.3f over %d comparable pairs (%d cases, %d broke down)%n",
                result.index(), result.comparablePairs(), observed.size(),
                observed.stream().filter(c -> c.outcome().brokeDown()).count());
        assertTrue(observed.size() >= 8, "at least 8 real arrangements");
        assertTrue(result.index() >= 0.8, "concordance index " + result.index() + " is below 0.8");
    }
}
