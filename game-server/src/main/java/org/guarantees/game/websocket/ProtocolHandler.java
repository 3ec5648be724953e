package org.guarantees.game.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    /** Letters, digits and a few separators: enough for UUIDs and counters, and nothing a log or a database chokes on. */
    static final java.util.regex.Pattern MESSAGE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_ID_CHARS + "}");
    static final Set<String> MOVES = Set.of("propose", "amend", "stance", "offer", "accept-offer", "decline-offer",
            "sign", "decline-signing", "unsign", "walk-away", "chat");
    private static final Set<String> RETRYABLE = Set.of(ErrorCodes.STORAGE_UNAVAILABLE, ErrorCodes.BUSY);

    private final Map<String, FloodGuard> guards = new ConcurrentHashMap<>();
    private final MoveProcessor processor;
    private final Frames frames;
    private final ObjectMapper json;
    private final WhatIf whatIf;

    /** The refusals that do not name the client's message id are the same every time: written once. */
    private final String tooLarge;
    private final String notAnObject;
    private final String badId;

    public ProtocolHandler(MoveProcessor processor, Frames frames, ObjectMapper json, WhatIf whatIf) {
        this.processor = processor;
        this.frames = frames;
        this.json = json;
        this.whatIf = whatIf;
        this.tooLarge = frames.error(null, ErrorCodes.TOO_LARGE, "a frame may hold at most " + MAX_FRAME_CHARS
                + " characters", false);
        this.notAnObject = frames.error(null, ErrorCodes.BAD_MESSAGE, "the frame is not a JSON object", false);
        this.badId = frames.error(null, ErrorCodes.BAD_MESSAGE,
                "field 'id' must be a string of 1 to " + MAX_ID_CHARS + " letters, digits, '.', '_', ':' or '-'", false);
    }

    void handle(SeatConnection seat, String message) {
        FloodGuard guard = guards.computeIfAbsent(seat.line().id(), id -> new FloodGuard());
        switch (guard.check()) {
            case ADMIT -> read(seat, message);
            case WARN -> seat.send(frames.error(null, ErrorCodes.RATE_LIMITED, "too many messages; slow down", true));
            case CLOSE -> seat.line().close(POLICY_VIOLATION, "flooding");
            case DROP -> { }
        }
    }

    /**
     * Checks a frame from the cheapest test to the dearest, so that garbage is refused before it costs a parse: its
     * size, whether it can be a JSON object at all, then the parse, then the fields. No exception is thrown or logged
     * for a bad frame.
     */
    private void read(SeatConnection seat, String message) {
        if (message.length() > MAX_FRAME_CHARS) {
            seat.send(tooLarge);
            return;
        }
        ObjectNode frame = looksLikeObject(message) ? parseObject(message) : null;
        if (frame == null) {
            seat.send(notAnObject);
            return;
        }
        JsonNode type = frame.get("type");
        JsonNode id = frame.get("id");
        if (id == null || !id.isTextual() || !MESSAGE_ID.matcher(id.asText()).matches()) {
            seat.send(badId);
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

    /** A JSON object starts with '{' and ends with '}', give or take white space; most garbage fails this already. */
    static boolean looksLikeObject(String message) {
        int first = 0;
        int last = message.length() - 1;
        while (first <= last && Character.isWhitespace(message.charAt(first))) {
            first++;
        }
        while (last > first && Character.isWhitespace(message.charAt(last))) {
            last--;
        }
        return last > first && message.charAt(first) == '{' && message.charAt(last) == '}';
    }

    /** The frame as a JSON object, or null when it is not one (a parse error is an answer here, not a failure). */
    private ObjectNode parseObject(String message) {
        try {
            return json.readTree(message) instanceof ObjectNode object ? object : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
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
