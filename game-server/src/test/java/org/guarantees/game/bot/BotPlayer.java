package org.guarantees.game.bot;

import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.GameEvent;

import java.time.Instant;
import java.util.List;

/** A bot at a headless table: the same {@link BotMind} the server runs behind a WebSocket. */
record BotPlayer(BotMind mind) implements HeadlessTable.Player {

    static BotPlayer of(SeatBrief brief, ConcessionStrategy strategy) {
        return new BotPlayer(new BotMind(brief, strategy));
    }

    /** A bot at its default (human) pace whose think times are drawn from {@code seed}. */
    static BotPlayer of(SeatBrief brief, ConcessionStrategy strategy, long seed) {
        return new BotPlayer(new BotMind(brief, strategy, BotPace.HUMAN, new java.util.Random(seed)));
    }

    @Override
    public void observe(GameEvent event) {
        mind.observe(event);
    }

    @Override
    public List<Command> decide(Instant now) {
        return mind.decide(now);
    }
}
