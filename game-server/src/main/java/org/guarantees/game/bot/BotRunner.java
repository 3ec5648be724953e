package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.service.MoveProcessor;
import org.guarantees.game.service.SeatLine;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One bot seat played inside this process. As a {@link SeatLine} it receives exactly the frames a browser in its seat
 * would (the welcome, then each event the seat may see); its moves go to the same {@link MoveProcessor} a socket's do
 * and pass the same checks (through a {@link Mover}). Frames are queued by the sender and read on the bot's own thread, so a bot never slows the
 * processor. It sends one move at a time and waits for its outcome before the next.
 */
final class BotRunner implements SeatLine {
    private static final Logger LOG = Logger.getLogger(BotRunner.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String id = "bot-" + UUID.randomUUID();
    private final ConcessionStrategy strategy;
    private final BotPace pace;
    private final long seed;
    private final Mover mover;
    private final Queue<String> inbox = new ConcurrentLinkedQueue<>();
    private final Deque<Command> pending = new ArrayDeque<>();
    private BotMind mind;
    private volatile boolean inFlight;
    private volatile boolean closed;

    /** Where a bot's moves go: the server's move processor for its seat (or, in a test, a socket). */
    interface Mover {
        CompletableFuture<?> submit(String clientMsgId, Command move);

        static Mover of(MoveProcessor processor, UUID tableId, String role) {
            return (id, move) -> processor.submit(tableId, role, id, move);
        }
    }

    BotRunner(ConcessionStrategy strategy, BotPace pace, long seed, Mover mover) {
        this.strategy = strategy;
        this.pace = pace;
        this.seed = seed;
        this.mover = mover;
    }

    /** Called on the bot scheduler: reads what arrived, then sends the next move once the previous one is settled. */
    synchronized void step() {
        if (closed) {
            return;
        }
        for (String frame = inbox.poll(); frame != null; frame = inbox.poll()) {
            read(frame);
        }
        if (mind == null || inFlight) {
            return;
        }
        if (pending.isEmpty()) {
            pending.addAll(mind.decide(Instant.now()));
        }
        Command next = pending.poll();
        if (next != null) {
            inFlight = true;
            mover.submit("bot-" + UUID.randomUUID(), next).whenComplete((outcome, failure) -> {
                if (failure != null) {
                    synchronized (this) {
                        pending.clear(); // the table moved on: decide afresh from what the bot now sees
                    }
                    LOG.debugf("bot move %s refused: %s", next.type(), failure.getMessage());
                }
                inFlight = false;
            });
        }
    }

    boolean closed() {
        return closed;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void send(String frame) {
        if (!closed) {
            inbox.add(frame);
        }
    }

    @Override
    public void close(int code, String reason) {
        closed = true;
        inbox.clear();
    }

    private void read(String text) {
        try {
            JsonNode frame = JSON.readTree(text);
            switch (frame.path("type").asText()) {
                case "welcome" -> mind = new BotMind(SeatBrief.fromWelcome(frame), strategy, pace, new Random(seed));
                case "event" -> {
                    if (mind != null) {
                        mind.observe(new GameEvent(frame.path("seq").asLong(), frame.path("event").asText(),
                                frame.path("actor").asText(), List.of(), frame.path("id").asText(null),
                                frame.path("data") instanceof ObjectNode data ? data : JSON.createObjectNode(),
                                Instant.parse(frame.path("at").asText())));
                    }
                }
                default -> {
                    // a bot needs nothing from other frames
                }
            }
        } catch (Exception e) {
            LOG.warn("bot could not read a frame", e);
        }
    }
}
