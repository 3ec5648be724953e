package org.guarantees.game.service;

import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.TableFold;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This process's copy of one table: the fold of the events it has seen, and its local connections. Rebuilt from the
 * database at any time; mutated only by the {@link MoveProcessor} thread.
 */
public final class TableRuntime {
    private final UUID tableId;
    private final Scenario scenario;
    private final List<GameEvent> log = new ArrayList<>();
    private final Map<String, Long> seqByClientMessage = new HashMap<>();
    private final Set<SeatConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile TableState state = TableState.initial();
    private volatile long lastTouched = System.currentTimeMillis();

    public TableRuntime(UUID tableId, Scenario scenario) {
        this.tableId = tableId;
        this.scenario = scenario;
    }

    public void accept(List<GameEvent> events) {
        for (GameEvent event : events) {
            if (event.seq() != state.lastSeq() + 1) {
                throw new IllegalStateException("table " + tableId + " expected seq " + (state.lastSeq() + 1)
                        + " but got " + event.seq());
            }
            state = TableFold.apply(state, event);
            log.add(event);
            if (event.clientMsgId() != null) {
                seqByClientMessage.put(clientKey(event.actor(), event.clientMsgId()), event.seq());
            }
        }
        touch();
    }

    public Optional<Long> seqOf(String actor, String clientMsgId) {
        return Optional.ofNullable(seqByClientMessage.get(clientKey(actor, clientMsgId)));
    }

    static String clientKey(String actor, String clientMsgId) {
        return actor + "\u0000" + clientMsgId;
    }

    public List<GameEvent> eventsAfter(long seq) {
        int from = (int) Math.min(Math.max(seq, 0), log.size());
        return List.copyOf(log.subList(from, log.size()));
    }

    public void touch() {
        lastTouched = System.currentTimeMillis();
    }

    public long lastTouched() {
        return lastTouched;
    }

    public UUID tableId() {
        return tableId;
    }

    public Scenario scenario() {
        return scenario;
    }

    public TableState state() {
        return state;
    }

    public Set<SeatConnection> connections() {
        return connections;
    }
}
