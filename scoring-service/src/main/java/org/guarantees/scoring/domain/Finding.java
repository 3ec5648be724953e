package org.guarantees.scoring.domain;

/**
 * A rule that fired. {@code factor} multiplies the yearly hazard of renewed war in years {@code fromYear}..{@code toYear};
 * a finding voided by another rule (e.g. the aggressor's veto) is listed with {@code voidedBy} and has no effect.
 */
public record Finding(
        String ruleId,
        String title,
        double factor,
        int fromYear,
        int toYear,
        String effect,
        String explanation,
        String source,
        String voidedBy) {

    public Finding voidedBy(String ruleId) {
        return new Finding(this.ruleId, title, factor, fromYear, toYear,
                "no effect: voided by " + ruleId, explanation, source, ruleId);
    }
}
