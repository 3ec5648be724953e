package org.guarantees.game.bot;

import org.guarantees.game.domain.TableState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The share of the whole negotiation time already gone (t/T), from the round plan and the current deadline. */
public final class NegotiationClock {
    private NegotiationClock() {
    }

    public static double elapsedShare(TableState state, Instant now) {
        double total = totalMillis(state);
        return total == 0 ? 0 : Math.max(0, Math.min(1, (total - remainingMillis(state, now)) / total));
    }

    /** Time left until the last round's deadline (the whole schedule while the table has not started). */
    public static Duration timeLeft(TableState state, Instant now) {
        return Duration.ofMillis((long) remainingMillis(state, now));
    }

    private static double totalMillis(TableState state) {
        return state.roundMinutes().stream().mapToInt(Integer::intValue).sum() * 60_000.0;
    }

    private static double remainingMillis(TableState state, Instant now) {
        List<Integer> minutes = state.roundMinutes();
        if (minutes.isEmpty() || state.round() < 1 || state.deadline() == null) {
            return totalMillis(state) - before(minutes, state.round());
        }
        double later = minutes.subList(Math.min(state.round(), minutes.size()), minutes.size()).stream()
                .mapToInt(Integer::intValue).sum() * 60_000.0;
        double current = minutes.get(Math.min(state.round(), minutes.size()) - 1) * 60_000.0;
        return later + Math.min(current, Math.max(0, Duration.between(now, state.deadline()).toMillis()));
    }

    private static double before(List<Integer> minutes, int round) {
        if (round < 1) {
            return 0;
        }
        return minutes.subList(0, Math.min(round - 1, minutes.size())).stream().mapToInt(Integer::intValue).sum()
                * 60_000.0;
    }
}
