package org.guarantees.game.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * One committed fact of a table's log. {@code audience} is empty when every seat of the table may see it, otherwise the
 * roles that may.
 */
public record GameEvent(long seq, String type, String actor, List<String> audience, String clientMsgId, ObjectNode data,
                        Instant at) {

    public boolean visibleTo(String role) {
        return audience.isEmpty() || audience.contains(role);
    }
}
