package org.guarantees.game.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A request to change a table, from a seat, the instructor or the clock. Reading a field checks its shape. */
public record Command(String type, ObjectNode body) {

    public String text(String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new MoveRejected(ErrorCodes.BAD_MESSAGE, "field '" + field + "' must be a non-empty string");
        }
        return node.asText();
    }

    public String optionalText(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        return text(field);
    }

    public int integer(String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new MoveRejected(ErrorCodes.BAD_MESSAGE, "field '" + field + "' must be an integer");
        }
        return node.asInt();
    }

    public ObjectNode object(String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isObject()) {
            throw new MoveRejected(ErrorCodes.BAD_MESSAGE, "field '" + field + "' must be an object");
        }
        return (ObjectNode) node;
    }

    public OptionChoice choice(String field) {
        ObjectNode node = object(field);
        return new OptionChoice(new Command(type, node).text("issue"), new Command(type, node).text("option"));
    }
}
