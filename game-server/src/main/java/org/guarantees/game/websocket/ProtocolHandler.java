package org.guarantees.game.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.websockets.next.CloseReason;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.ErrorCodes;
import org.guarantees.game.domain.MoveRejected;
import org.guarantees.game.service.Frames;
import org.guarantees.game.service.MoveProcessor;
import org.guarantees.game.service.SeatConnection;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/** Reads one client frame: size, rate, JSON shape and type are checked here; the rules of play in the processor. */
@ApplicationScoped
public class ProtocolHandler {
    private static final Logger LOG = Logger.getLogger(ProtocolHandler.class);
    static final int MAX_FRAME_CHARS = 16 * 1024;
    static final int POLICY_VIOLATION = 1008;
    static final int MAX_ID_CHARS = 64;
    static final Set<String> MOVES = Set.of("propose", "amend", "stance", "offer", "accept-offer", "decline-offer",
            "sign", "unsign", "walk-away", "chat");
    private static final Set<String> RETRYABLE = Set.of(ErrorCodes.STORAGE_UNAVAILABLE, ErrorCodes.BUSY);

    private final Map<String, FloodGuard> guards = new ConcurrentHashMap<>();
    private final MoveProcessor processor;
    private final Frames frames;
    private final ObjectMapper json;
    private final WhatIf whatIf;

    public ProtocolHandler(MoveProcessor processor, Frames frames, ObjectMapper json, WhatIf whatIf) {
        this.processor = processor;
        this.frames = frames;
        this.json = json;
        this.whatIf = whatIf;
    }

    void handle(SeatConnection seat, String message) {
        FloodGuard guard = guards.computeIfAbsent(seat.socket().id(), id -> new FloodGuard());
        if (!guard.admit()) {
            if (guard.exhausted()) {
                seat.socket().close(new CloseReason(POLICY_VIOLATION, "flooding"))
                        .subscribe().with(ok -> { }, err -> { });
            } else if (guard.shouldWarn()) {
                seat.send(frames.error(null, ErrorCodes.RATE_LIMITED, "too many messages; slow down", true));
            }
            return;
        }
        if (message.length() > MAX_FRAME_CHARS) {
            seat.send(frames.error(null, ErrorCodes.TOO_LARGE, "a frame may hold at most " + MAX_FRAME_CHARS
                    + " characters", false));
            return;
        }
        ObjectNode frame;
        try {
            JsonNode node = json.readTree(message);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException();
            }
            frame = (ObjectNode) node;
        } catch (Exception e) {
            seat.send(frames.error(null, ErrorCodes.BAD_MESSAGE, "the frame is not a JSON object", false));
            return;
        }
        JsonNode type = frame.get("type");
        JsonNode id = frame.get("id");
        if (id == null || !id.isTextual() || id.asText().isEmpty() || id.asText().length() > MAX_ID_CHARS) {
            seat.send(frames.error(null, ErrorCodes.BAD_MESSAGE,
                    "field 'id' must be a string of 1 to " + MAX_ID_CHARS + " characters", false));
            return;
        }
        String clientMsgId = id.asText();
        if (type == null || !type.isTextual()) {
            seat.send(frames.error(clientMsgId, ErrorCodes.BAD_MESSAGE, "field 'type' must be a string", false));
            return;
        }
        if ("what-if".equals(type.asText())) {
            whatIf.handle(seat, clientMsgId, frame);
            return;
        }
        if (!MOVES.contains(type.asText())) {
            seat.send(frames.error(clientMsgId, ErrorCodes.UNKNOWN_TYPE, "unknown message type '" + type.asText() + "'",
                    false));
            return;
        }
        processor.submit(seat.tableId(), seat.role(), clientMsgId, new Command(type.asText(), frame))
                .whenComplete((outcome, failure) -> {
                    if (failure == null) {
                        seat.send(frames.ack(clientMsgId, outcome));
                    } else {
                        seat.send(errorFrame(clientMsgId, failure));
                    }
                });
    }

    void forget(String connectionId) {
        guards.remove(connectionId);
    }

    private String errorFrame(String clientMsgId, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof MoveRejected rejected) {
            return frames.error(clientMsgId, rejected.code(), rejected.getMessage(), RETRYABLE.contains(rejected.code()));
        }
        LOG.error("unexpected failure handling a move", cause);
        return frames.error(clientMsgId, "INTERNAL", "the server failed on this move; nothing was changed", true);
    }
}
