package org.guarantees.scoring.domain;

/** One bad field of a request, named by its JSON path (e.g. {@code instruments[0].trigger}). */
public record Violation(String field, String message) {
}
