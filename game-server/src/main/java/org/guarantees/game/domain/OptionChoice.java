package org.guarantees.game.domain;

/** One option chosen for one issue. */
public record OptionChoice(String issue, String option) {
}
