package org.guarantees.game.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.domain.GameEvent;

import java.util.HashMap;
import java.util.Map;

/** Sends a committed event to this process's sockets of the table, each seat only what it may see. */
@ApplicationScoped
public class Broadcaster {
    private final Frames frames;

    public Broadcaster(Frames frames) {
        this.frames = frames;
    }

    /** Call right after {@code runtime} has accepted {@code event}, so its state is the state after the event. */
    public void deliver(TableRuntime runtime, GameEvent event) {
        Map<String, String> frameByRole = new HashMap<>(4);
        for (SeatConnection connection : runtime.connections()) {
            if (event.visibleTo(connection.role())) {
                connection.send(frameByRole.computeIfAbsent(connection.role(),
                        role -> frames.event(event, runtime.scenario(), runtime.state(), role, false)));
            }
        }
    }
}
