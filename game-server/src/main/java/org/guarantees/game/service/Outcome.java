package org.guarantees.game.service;

/** What the sender of an accepted move learns: the sequence number its move was committed under. */
public record Outcome(long seq, boolean duplicate) {
}
