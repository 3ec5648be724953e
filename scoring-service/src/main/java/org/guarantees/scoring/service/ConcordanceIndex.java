package org.guarantees.scoring.service;

import java.util.List;

/**
 * Harrell's concordance index between a score (higher = more durable) and time until breakdown, with arrangements
 * still holding treated as censored. A pair is comparable when the one that lasted less broke down before the other's
 * time; it is concordant when that one also scored lower. Equal scores count half.
 */
public final class ConcordanceIndex {
    public record Observation(double score, double years, boolean brokeDown) {
    }

    public record Result(double index, int comparablePairs) {
    }

    private ConcordanceIndex() {
    }

    public static Result of(List<Observation> observations) {
        double concordant = 0;
        int comparable = 0;
        for (Observation shorter : observations) {
            if (!shorter.brokeDown()) {
                continue;
            }
            for (Observation other : observations) {
                if (other == shorter || other.years() <= shorter.years()) {
                    continue;
                }
                comparable++;
                if (shorter.score() < other.score()) {
                    concordant += 1;
                } else if (shorter.score() == other.score()) {
                    concordant += 0.5;
                }
            }
        }
        return new Result(comparable == 0 ? Double.NaN : concordant / comparable, comparable);
    }
}
