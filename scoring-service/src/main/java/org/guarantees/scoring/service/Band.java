package org.guarantees.scoring.service;

/** A score band: scores from {@code minScore} up to the next band's minimum get this name. */
public record Band(int minScore, String name, String meaning) {
}
