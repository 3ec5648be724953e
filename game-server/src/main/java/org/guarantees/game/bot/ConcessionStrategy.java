package org.guarantees.game.bot;

/**
 * How far a bot has conceded, from 0 (it asks for its best package) to 1 (it takes anything just above its value of no
 * deal), given the share {@code t} of the negotiation time gone and what the other roles have conceded so far.
 */
public interface ConcessionStrategy {

    String name();

    double concession(double t, OpponentConcessions others);
}
