package org.guarantees.scoring.service;

/** A deal feature that softens a stress test's shock, never below a factor of 1. */
public record Mitigation(Condition when, double factor) {
}
