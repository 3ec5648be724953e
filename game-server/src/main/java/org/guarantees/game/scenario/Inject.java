package org.guarantees.game.scenario;

/** A scripted scenario event the instructor can release to the tables after a round. */
public record Inject(String id, int afterRound, String title, String text) {
}
