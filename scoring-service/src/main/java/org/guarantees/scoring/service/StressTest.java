package org.guarantees.scoring.service;

import java.util.List;
import java.util.Set;
import org.guarantees.scoring.domain.Capability;

/**
 * A shock the deal is re-rated under. It can only worsen the deal: it removes a party (and the capabilities only that
 * party brings) and multiplies the hazard by a factor of at least 1 in some years; the result is then clamped so that no
 * year's hazard falls below the unstressed one.
 */
public record StressTest(
        String id,
        String title,
        String explanation,
        String source,
        String removedParty,
        Set<Capability> removedCapabilities,
        Set<String> greatPowers,
        double factor,
        int fromYear,
        int toYear,
        List<Mitigation> mitigations) {

    public double factorFor(Facts facts) {
        for (Mitigation mitigation : mitigations) {
            if (mitigation.when().test(facts, null)) {
                return mitigation.factor();
            }
        }
        return factor;
    }
}
