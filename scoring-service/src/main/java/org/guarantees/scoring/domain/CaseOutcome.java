package org.guarantees.scoring.domain;

/**
 * What happened. {@code years} is the time until war resumed when {@code status} is BROKE_DOWN, the time observed so far
 * when HOLDING (a censored observation); NEVER_SIGNED arrangements have none and are left out of the concordance check.
 */
public record CaseOutcome(String status, Double years, String asOf, String whatHappened) {
    public boolean brokeDown() {
        return "BROKE_DOWN".equals(status);
    }

    public boolean observed() {
        return !"NEVER_SIGNED".equals(status);
    }
}
