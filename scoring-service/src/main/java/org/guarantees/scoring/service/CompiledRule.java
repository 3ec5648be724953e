package org.guarantees.scoring.service;

import java.util.List;
import org.guarantees.scoring.domain.Finding;

/**
 * A guarantee rule ready to run: its condition, the hazard factor it applies in years {@code fromYear}..{@code toYear},
 * the rules it voids when it fires, and the finding it reports.
 */
public record CompiledRule(
        String id,
        Condition when,
        double factor,
        int fromYear,
        int toYear,
        List<String> suppresses,
        Finding finding) {
}
