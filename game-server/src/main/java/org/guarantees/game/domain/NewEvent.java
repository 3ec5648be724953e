package org.guarantees.game.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** An event a move decided on, not yet numbered nor committed. */
public record NewEvent(String type, String actor, List<String> audience, ObjectNode data) {

    public static NewEvent toAll(String type, String actor, ObjectNode data) {
        return new NewEvent(type, actor, List.of(), data);
    }

    public GameEvent numbered(long seq, String clientMsgId, java.time.Instant at) {
        return new GameEvent(seq, type, actor, audience, clientMsgId, data, at);
    }
}
