package org.guarantees.game.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.scenario.Inject;
import org.guarantees.game.scenario.Scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.guarantees.game.domain.NegotiationRules.JSON;

/** The instructor's and the clock's moves: start, pause, resume, next round, injects, broadcast, end, deadline. */
public final class ClockRules {
    public static final String INSTRUCTOR = "instructor";
    public static final String SYSTEM = "system";

    private ClockRules() {
    }

    public static List<NewEvent> decide(Scenario scenario, TableState state, Command move, java.time.Instant now) {
        return switch (move.type()) {
            case "start" -> start(scenario, state, move, now);
            case "pause" -> pause(state, now);
            case "resume" -> resume(state, now);
            case "advance" -> advance(scenario, state, now, INSTRUCTOR);
            case "inject" -> inject(scenario, state, move);
            case "broadcast" -> List.of(NewEvent.toAll(EventTypes.INSTRUCTOR_BROADCAST, INSTRUCTOR,
                    JSON.objectNode().put("text", Texts.clean("text", move.text("text"), Texts.MAX_CHAT))));
            case "end" -> end(state, "instructor", INSTRUCTOR);
            case "tick" -> tick(scenario, state, now);
            default -> throw new MoveRejected(ErrorCodes.UNKNOWN_TYPE, "unknown clock action '" + move.type() + "'");
        };
    }

    private static List<NewEvent> start(Scenario scenario, TableState state, Command move, Instant now) {
        if (state.phase() != Phase.LOBBY) {
            throw new MoveRejected(ErrorCodes.WRONG_PHASE, "the table has already started");
        }
        ObjectNode data = JSON.objectNode();
        ArrayNode minutes = data.putArray("roundMinutes");
        if (move.body().has("roundMinutes")) {
            move.body().get("roundMinutes").forEach(m -> minutes.add(Math.max(1, Math.min(240, m.asInt()))));
        }
        if (minutes.isEmpty()) {
            scenario.rounds().forEach(r -> minutes.add(r.minutes()));
        }
        data.put("deadline", now.plus(Duration.ofMinutes(minutes.get(0).asInt())).toString());
        data.put("signingSeconds", scenario.signingSeconds());
        return List.of(NewEvent.toAll(EventTypes.TABLE_STARTED, INSTRUCTOR, data));
    }

    private static List<NewEvent> pause(TableState state, Instant now) {
        NegotiationRules.requireNegotiation(state);
        long remaining = Math.max(0, Duration.between(now, state.deadline()).toMillis());
        return List.of(NewEvent.toAll(EventTypes.CLOCK_PAUSED, INSTRUCTOR, JSON.objectNode().put("remainingMs", remaining)));
    }

    private static List<NewEvent> resume(TableState state, Instant now) {
        if (state.phase() != Phase.PAUSED) {
            throw new MoveRejected(ErrorCodes.WRONG_PHASE, "the clock is not paused");
        }
        return List.of(NewEvent.toAll(EventTypes.CLOCK_RESUMED, INSTRUCTOR,
                JSON.objectNode().put("deadline", now.plusMillis(state.pausedRemainingMs()).toString())));
    }

    private static List<NewEvent> advance(Scenario scenario, TableState state, Instant now, String actor) {
        if (state.phase() != Phase.NEGOTIATION && state.phase() != Phase.PAUSED) {
            throw new MoveRejected(ErrorCodes.WRONG_PHASE, "only a running table has a next round");
        }
        if (state.round() >= state.totalRounds()) {
            return end(state, "deadline", actor);
        }
        int round = state.round() + 1;
        ObjectNode data = JSON.objectNode().put("round", round).put("deadline",
                now.plus(Duration.ofMinutes(state.roundMinutes().get(round - 1))).toString());
        ArrayNode injects = data.putArray("injects");
        for (Inject inject : scenario.injects()) {
            if (inject.afterRound() == round - 1 && !state.sentInjects().contains(inject.id())) {
                injects.addObject().put("id", inject.id()).put("title", inject.title()).put("text", inject.text());
            }
        }
        return List.of(NewEvent.toAll(EventTypes.ROUND_STARTED, actor, data));
    }

    private static List<NewEvent> inject(Scenario scenario, TableState state, Command move) {
        if (state.phase().ended()) {
            throw new MoveRejected(ErrorCodes.WRONG_PHASE, "the table has already ended");
        }
        String id = move.optionalText("injectId");
        ObjectNode data = JSON.objectNode();
        if (id != null) {
            Inject inject = scenario.injects().stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow(() -> new MoveRejected(ErrorCodes.BAD_MESSAGE, "no inject '" + id + "' in this scenario"));
            data.put("injectId", id).put("title", inject.title()).put("text", inject.text());
        } else {
            data.put("title", Texts.clean("title", move.text("title"), 120))
                    .put("text", Texts.clean("text", move.text("text"), Texts.MAX_CHAT));
        }
        return List.of(NewEvent.toAll(EventTypes.INJECT_SENT, INSTRUCTOR, data));
    }

    private static List<NewEvent> end(TableState state, String reason, String actor) {
        if (state.phase().ended()) {
            throw new MoveRejected(ErrorCodes.WRONG_PHASE, "the table has already ended");
        }
        return List.of(NewEvent.toAll(EventTypes.TABLE_ENDED, actor, JSON.objectNode().put("reason", reason)));
    }

    /**
     * The clock's own move: a signing window past its closing time lapses (the draft reopens); past a round's deadline,
     * the next round starts or the table ends without a deal.
     */
    private static List<NewEvent> tick(Scenario scenario, TableState state, Instant now) {
        List<NewEvent> events = new ArrayList<>();
        TableState.SigningWindow window = state.signing();
        if (state.phase() == Phase.NEGOTIATION && window != null && !now.isBefore(window.closesAt())) {
            ArrayNode awaiting = JSON.arrayNode();
            scenario.roleIds().stream().filter(r -> !state.signatures().contains(r)).forEach(awaiting::add);
            ObjectNode data = JSON.objectNode().put("version", window.version());
            data.set("awaiting", awaiting);
            events.add(NewEvent.toAll(EventTypes.SIGNING_LAPSED, SYSTEM, data));
        }
        if (state.phase() == Phase.NEGOTIATION && state.deadline() != null && !now.isBefore(state.deadline())) {
            events.addAll(advance(scenario, state, now, SYSTEM));
        }
        return events;
    }
}
