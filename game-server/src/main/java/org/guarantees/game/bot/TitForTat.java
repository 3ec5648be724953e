package org.guarantees.game.bot;

/**
 * Relative tit-for-tat on concessions: the bot gives up as much of its own range as the other roles' drafts have given
 * back to it. So that two tit-for-tat bots cannot freeze each other forever, it never lags behind a slow Boulware
 * schedule (beta 0.3), which only bites in the last part of the time.
 */
public final class TitForTat implements ConcessionStrategy {
    private static final TimeDependent FLOOR = new TimeDependent("tit-for-tat-floor", 0.3);

    @Override
    public String name() {
        return "tit-for-tat";
    }

    @Override
    public double concession(double t, OpponentConcessions others) {
        return Math.min(1, Math.max(others.measured(), FLOOR.concession(t, others)));
    }
}
