package org.guarantees.game.bot;

/**
 * What the other roles have conceded to this bot, measured on its own points: how much better for it the drafts they
 * wrote have become since their first one, as a share of its range between best package and reservation value.
 */
public final class OpponentConcessions {
    private final double range;
    private Integer first;
    private int best = Integer.MIN_VALUE;

    public OpponentConcessions(int bestPossible, int reservation) {
        this.range = Math.max(1, bestPossible - reservation);
    }

    public void draftByOthers(int myPoints) {
        if (first == null) {
            first = myPoints;
        }
        best = Math.max(best, myPoints);
    }

    public double measured() {
        return first == null ? 0 : Math.max(0, (best - first) / range);
    }
}
