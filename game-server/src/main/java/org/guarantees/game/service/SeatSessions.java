package org.guarantees.game.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;

/**
 * Opens and closes a seat's line to its table, the same way for a browser's socket and an in-process bot: the welcome,
 * then every event after {@code since} the seat may see, then live events, in order and with none missing.
 */
@ApplicationScoped
public class SeatSessions {
    private final MoveProcessor processor;
    private final TableRegistry registry;
    private final Welcome welcome;
    private final Frames frames;

    public SeatSessions(MoveProcessor processor, TableRegistry registry, Welcome welcome, Frames frames) {
        this.processor = processor;
        this.registry = registry;
        this.welcome = welcome;
        this.frames = frames;
    }

    public CompletableFuture<Void> open(SeatConnection seat, long since) {
        return processor.onTable(seat.tableId(), runtime -> {
            seat.send(frames.write(welcome.frame(runtime, seat)));
            runtime.eventsAfter(since).stream().filter(e -> e.visibleTo(seat.role())).forEach(e ->
                    seat.send(frames.event(e, runtime.scenario(), runtime.state(), seat.role(), true)));
            runtime.connections().add(seat);
        });
    }

    public void close(SeatConnection seat) {
        registry.loaded(seat.tableId()).ifPresent(runtime -> runtime.connections().remove(seat));
    }

    /** Closes every line of one participant on this process (after its seat token was revoked or it moved seat). */
    public void closeParticipant(java.util.UUID participantId, String farewellFrame) {
        registry.all().forEach(t -> t.connections().stream().filter(c -> c.participantId().equals(participantId))
                .forEach(c -> {
                    if (farewellFrame != null) {
                        c.send(farewellFrame);
                    }
                    c.close();
                }));
    }
}
