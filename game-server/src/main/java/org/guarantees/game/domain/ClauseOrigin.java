package org.guarantees.game.domain;

/** Who put the current option of a clause into the draft, in which round and draft version. */
public record ClauseOrigin(String role, int round, int version) {
}
