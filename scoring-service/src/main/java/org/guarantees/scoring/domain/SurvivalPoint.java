package org.guarantees.scoring.domain;

/** Probability that the peace still holds at the end of the given year. */
public record SurvivalPoint(int year, double probability) {
}
