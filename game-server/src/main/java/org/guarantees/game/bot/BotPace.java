package org.guarantees.game.bot;

import java.time.Duration;
import java.util.Random;

/**
 * How fast a bot plays: it waits a think time after something changed before it acts, and changes the draft at most
 * once per interval. Both shrink as the table's last deadline nears (to a quarter of themselves), as a delegation's
 * pace quickens at the end of a session.
 *
 * @param thinkMin shortest think time at the start of the negotiation
 * @param thinkMax longest think time at the start of the negotiation
 * @param draftChangeInterval shortest time between two draft changes (proposal, amendment, accepted offer) by one bot
 */
public record BotPace(Duration thinkMin, Duration thinkMax, Duration draftChangeInterval) {
    public static final BotPace HUMAN = new BotPace(Duration.ofSeconds(10), Duration.ofSeconds(40), Duration.ofSeconds(30));
    /** Below this much time left in the whole negotiation, think times shrink in proportion. */
    static final Duration FULL_PACE_ABOVE = Duration.ofMinutes(30);
    static final double FASTEST_SHARE = 0.25;

    public BotPace {
        if (thinkMin.isNegative() || thinkMax.compareTo(thinkMin) < 0 || draftChangeInterval.isNegative()) {
            throw new IllegalArgumentException("think-min <= think-max, all non-negative");
        }
    }

    Duration think(Random random, Duration timeLeft) {
        long spread = thinkMax.toMillis() - thinkMin.toMillis();
        long base = thinkMin.toMillis() + (spread == 0 ? 0 : (long) (random.nextDouble() * spread));
        return Duration.ofMillis((long) (base * scale(timeLeft)));
    }

    Duration draftChangeInterval(Duration timeLeft) {
        return Duration.ofMillis((long) (draftChangeInterval.toMillis() * scale(timeLeft)));
    }

    static double scale(Duration timeLeft) {
        double share = (double) timeLeft.toMillis() / FULL_PACE_ABOVE.toMillis();
        return Math.max(FASTEST_SHARE, Math.min(1, share));
    }
}
