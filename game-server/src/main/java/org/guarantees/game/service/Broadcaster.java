package org.guarantees.game.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.domain.GameEvent;

import java.util.HashMap;
import java.util.Map;

/** Sends a committed event to this process's sockets of the table, each seat only what it may see. */
@ApplicationScoped
public class Broadcaster {
    /** Not a role id (those are lower-case words), so it cannot collide with one. */
    private static final String OTHERS = "*";
    private final Frames frames;

    public Broadcaster(Frames frames) {
        this.frames = frames;
    }

    /** Call right after {@code runtime} has accepted {@code event}, so its state is the state after the event. */
    public void deliver(TableRuntime runtime, GameEvent event) {
        Map<String, String> frameByRole = new HashMap<>(4);
        boolean samePerRole = !Frames.carriesMeter(event);
        for (SeatConnection connection : runtime.connections()) {
            String role = connection.role();
            if (event.visibleTo(role)) {
                // without a private meter, every seat but the actor's gets the very same text: serialize it once
                String key = samePerRole && !role.equals(event.actor()) ? OTHERS : role;
                connection.send(frameByRole.computeIfAbsent(key,
                        k -> frames.event(event, runtime.scenario(), runtime.state(), role, false)));
            }
        }
    }
}
