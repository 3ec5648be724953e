package org.guarantees.game.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.guarantees.game.domain.EventTypes;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.Scenario;

import java.util.Set;

/** Server-to-client frames of the table protocol (docs/protocol.md). */
@ApplicationScoped
public class Frames {
    /** Events after which a seat's private meter changes. */
    private static final Set<String> METER_EVENTS = Set.of(EventTypes.DRAFT_PROPOSED, EventTypes.DRAFT_AMENDED,
            EventTypes.OFFER_ACCEPTED, EventTypes.TABLE_CONCLUDED, EventTypes.TABLE_ENDED);

    private final ObjectMapper json;

    public Frames(ObjectMapper json) {
        this.json = json;
    }

    public String event(GameEvent event, Scenario scenario, TableState stateAfter, String role, boolean replay) {
        ObjectNode frame = json.createObjectNode().put("type", "event").put("seq", event.seq())
                .put("event", event.type()).put("actor", event.actor()).put("at", event.at().toString());
        if (replay) {
            frame.put("replay", true);
        }
        if (event.actor().equals(role) && event.clientMsgId() != null) {
            frame.put("id", event.clientMsgId());
        }
        frame.set("data", event.data());
        if (!replay && carriesMeter(event)) {
            frame.set("you", TableViews.meter(scenario, stateAfter, role));
        }
        return write(frame);
    }

    /** Whether a live copy of this event carries the recipient's private meter, and so differs from role to role. */
    public static boolean carriesMeter(GameEvent event) {
        return METER_EVENTS.contains(event.type());
    }

    public String ack(String clientMsgId, Outcome outcome) {
        return write(json.createObjectNode().put("type", "ack").put("id", clientMsgId).put("seq", outcome.seq())
                .put("duplicate", outcome.duplicate()));
    }

    public String error(String clientMsgId, String code, String message, boolean retryable) {
        return write(json.createObjectNode().put("type", "error").put("id", clientMsgId).put("code", code)
                .put("message", message).put("retryable", retryable));
    }

    public String write(ObjectNode frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
