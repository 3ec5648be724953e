package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.guarantees.game.domain.ClockRules;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.MoveRejected;
import org.guarantees.game.domain.NegotiationRules;
import org.guarantees.game.domain.NewEvent;
import org.guarantees.game.domain.TableFold;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.service.SeatConnection;
import org.guarantees.game.service.TableRuntime;
import org.guarantees.game.service.Welcome;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * A table played without a server: the real rules (NegotiationRules, ClockRules, TableFold) on a simulated clock, each
 * seat played by something that gets the seat's own welcome frame and only the events its seat may see.
 */
public final class HeadlessTable {
    /** A seat's player: told each visible event, asked for its moves at a given time. */
    public interface Player {
        void observe(GameEvent event);

        List<Command> decide(Instant now);
    }

    /**
     * How often the simulated clock ticks and every player is asked for its moves. Bots wait their own think time and
     * rate-limit their draft changes, and a signing window lapses at a tick, so the tick is short next to both.
     */
    public static final Duration DEFAULT_TICK = Duration.ofSeconds(5);
    /** When every headless table starts, on its simulated clock. */
    public static final Instant START = Instant.parse("2026-01-01T09:00:00Z");
    private final Duration tick;
    private final Scenario scenario;
    private final Map<String, Player> players = new LinkedHashMap<>();
    private final Map<String, Integer> delivered = new LinkedHashMap<>();
    private final List<GameEvent> log = new ArrayList<>();
    private final Random random;
    private final List<Refusal> refusals = new ArrayList<>();
    private TableState state = TableState.initial();
    private Instant now = START;

    /** A move the rules refused: who sent it, what it was and why. */
    public record Refusal(Instant at, String role, String move, String code, String message) {
    }

    public HeadlessTable(Scenario scenario, long seed, Function<SeatBrief, Player> seating) {
        this(scenario, seed, DEFAULT_TICK, seating);
    }

    public HeadlessTable(Scenario scenario, long seed, Duration tick, Function<SeatBrief, Player> seating) {
        this.scenario = scenario;
        this.tick = tick;
        this.random = new Random(seed);
        Welcome welcome = new Welcome(new ObjectMapper());
        TableRuntime runtime = new TableRuntime(UUID.randomUUID(), scenario);
        for (String role : scenario.roleIds()) {
            SeatConnection seat = new SeatConnection(null, runtime.tableId(), role, UUID.randomUUID());
            players.put(role, seating.apply(SeatBrief.fromWelcome(welcome.frame(runtime, seat))));
            delivered.put(role, 0);
        }
    }

    /** Plays from start to conclusion or the last deadline, and returns the final state. */
    public TableState play() {
        commit(ClockRules.decide(scenario, state, new Command("start", JsonNodeFactory.instance.objectNode()), now));
        while (!state.phase().ended()) {
            now = now.plus(tick);
            commit(ClockRules.decide(scenario, state, new Command("tick", JsonNodeFactory.instance.objectNode()), now));
            List<String> order = new ArrayList<>(players.keySet());
            Collections.shuffle(order, random);
            for (String role : order) {
                if (state.phase().ended()) {
                    break;
                }
                deliver(role);
                for (Command move : players.get(role).decide(now)) {
                    try {
                        commit(NegotiationRules.decide(scenario, state, role, move, now));
                    } catch (MoveRejected refused) {
                        refusals.add(new Refusal(now, role, move.type(), refused.code(), refused.getMessage()));
                        break;
                    }
                    deliver(role);
                }
            }
        }
        players.keySet().forEach(this::deliver);
        return state;
    }

    public List<GameEvent> log() {
        return log;
    }

    /** Every move the rules refused, in order. */
    public List<Refusal> refusals() {
        return refusals;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Player player(String role) {
        return players.get(role);
    }

    private void commit(List<NewEvent> events) {
        for (NewEvent event : events) {
            GameEvent numbered = event.numbered(state.lastSeq() + 1, null, now);
            state = TableFold.apply(state, numbered);
            log.add(numbered);
        }
    }

    private void deliver(String role) {
        Player player = players.get(role);
        for (int i = delivered.get(role); i < log.size(); i++) {
            if (log.get(i).visibleTo(role)) {
                player.observe(log.get(i));
            }
        }
        delivered.put(role, log.size());
    }
}
