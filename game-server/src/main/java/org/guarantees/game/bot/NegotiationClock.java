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
        List<Integer> minutes = state.roundMinutes();
        if (minutes.isEmpty() || state.round() < 1 || state.deadline() == null) {
            return 0;
        }
        double total = minutes.stream().mapToInt(Integer::intValue).sum() * 60_000.0;
        double before = minutes.subList(0, Math.min(state.round() - 1, minutes.size())).stream()
                .mapToInt(Integer::intValue).sum() * 60_000.0;
        double current = minutes.get(Math.min(state.round(), minutes.size()) - 1) * 60_000.0;
        double remaining = Math.max(0, Duration.between(now, state.deadline()).toMillis());
        return Math.max(0, Math.min(1, (before + current - Math.min(current, remaining)) / total));
    }
}
