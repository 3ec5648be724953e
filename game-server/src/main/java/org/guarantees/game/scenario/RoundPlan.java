package org.guarantees.game.scenario;

/** One timed negotiation round. */
public record RoundPlan(int number, String title, int minutes) {
}
