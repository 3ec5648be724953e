package org.guarantees.scoring.domain;

/** A dimension the deal left open, and the (weakest) value the rating assumed for it. */
public record Assumption(String field, String assumed, String reason) {
}
