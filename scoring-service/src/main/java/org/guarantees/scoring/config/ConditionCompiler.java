package org.guarantees.scoring.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guarantees.scoring.service.Condition;
import org.guarantees.scoring.service.DealField;
import org.guarantees.scoring.service.Operand;

/**
 * Compiles the condition language once, at load time:
 * {@code {field, op, value}} | {@code {all: [..]}} | {@code {any: [..]}} | {@code {not: ..}} |
 * {@code {some: instruments, where: ..}} | {@code {ref: definition-name}}.
 */
final class ConditionCompiler {
    private static final Set<String> LEAF_KEYS = Set.of("field", "op", "value");

    private final Map<String, JsonNode> definitions;
    private final Deque<String> expanding = new ArrayDeque<>();

    ConditionCompiler(Map<String, JsonNode> definitions) {
        this.definitions = definitions == null ? Map.of() : definitions;
    }

    Condition compile(JsonNode node, String where) {
        return compile(node, false, where);
    }

    /** Checks a definition on its own; it may name instrument fields, as it may be used inside 'some'. */
    void check(String definition) {
        ref(new com.fasterxml.jackson.databind.node.TextNode(definition), true, "definition '" + definition + "'");
    }

    private Condition compile(JsonNode node, boolean insideInstrument, String where) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw new RulesFileException(where + ": a condition must be an object, got " + node);
        }
        if (node.has("field")) {
            return leaf(node, insideInstrument, where);
        }
        if (node.has("some")) {
            return some(node, where);
        }
        requireSingleKey(node, where);
        String key = node.fieldNames().next();
        JsonNode body = node.get(key);
        return switch (key) {
            case "all" -> new Connectives.All(children(body, insideInstrument, where + " > all"));
            case "any" -> new Connectives.Any(children(body, insideInstrument, where + " > any"));
            case "not" -> new Connectives.Not(compile(body, insideInstrument, where + " > not"));
            case "ref" -> ref(body, insideInstrument, where);
            default -> throw new RulesFileException(where + ": unknown condition key '" + key
                    + "' (use field/op/value, all, any, not, some/where or ref)");
        };
    }

    private Condition leaf(JsonNode node, boolean insideInstrument, String where) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!LEAF_KEYS.contains(key)) {
                throw new RulesFileException(where + ": unknown key '" + key + "' in a field test");
            }
        }
        String path = node.path("field").asText();
        FieldRef field = FieldRef.resolve(path, insideInstrument);
        if (field == null) {
            throw new RulesFileException(where + ": unknown field '" + path + "'"
                    + (insideInstrument ? " (inside an instrument)" : ""));
        }
        Operator op = Operator.parse(node.path("op").asText());
        if (op == null) {
            throw new RulesFileException(where + ": unknown op '" + node.path("op").asText() + "', use one of "
                    + Operator.known());
        }
        String at = where + " > field '" + path + "'";
        return new FieldTest(field, op, singleOperand(node, field, op, at), listOperands(node, field, op, at));
    }

    private static Operand singleOperand(JsonNode node, FieldRef field, Operator op, String at) {
        if (op.takesNoValue()) {
            if (node.has("value")) {
                throw new RulesFileException(at + ": op '" + op.word + "' takes no value");
            }
            if ((op == Operator.IS_EMPTY || op == Operator.NOT_EMPTY) && !field.type().isList()) {
                throw new RulesFileException(at + ": op '" + op.word + "' needs a list field");
            }
            return null;
        }
        if (op.takesList()) {
            return null;
        }
        if (op == Operator.CONTAINS && !field.type().isList()) {
            throw new RulesFileException(at + ": op 'contains' needs a list field");
        }
        if (op.isOrdering() && field.type() != org.guarantees.scoring.service.FieldType.INTEGER) {
            throw new RulesFileException(at + ": op '" + op.word + "' needs a number field");
        }
        if ((op == Operator.EQ || op == Operator.NE) && field.type().isList()) {
            throw new RulesFileException(at + ": use contains/containsAny/isEmpty on a list field");
        }
        return OperandParser.scalar(node.get("value"), field.elementType(), field.enumType(), at);
    }

    private static List<Operand> listOperands(JsonNode node, FieldRef field, Operator op, String at) {
        if (!op.takesList()) {
            return List.of();
        }
        if (op == Operator.CONTAINS_ANY ? !field.type().isList() : field.type().isList()) {
            throw new RulesFileException(at + ": op '" + op.word + "' does not fit a " + field.type() + " field");
        }
        return OperandParser.list(node.get("value"), field.elementType(), field.enumType(), at);
    }

    private Condition some(JsonNode node, String where) {
        if (node.size() != 2 || !node.has("where")) {
            throw new RulesFileException(where + ": 'some' needs exactly 'some: instruments' and 'where'");
        }
        if (!DealField.INSTRUMENTS.path.equals(node.get("some").asText())) {
            throw new RulesFileException(where + ": 'some' ranges over 'instruments' only, not '"
                    + node.get("some").asText() + "'");
        }
        Condition each = compile(node.get("where"), true, where + " > some instruments");
        return new Connectives.SomeInstrument(each);
    }

    private Condition ref(JsonNode body, boolean insideInstrument, String where) {
        String name = body.asText();
        JsonNode definition = definitions.get(name);
        if (definition == null) {
            throw new RulesFileException(where + ": unknown definition '" + name + "'");
        }
        if (expanding.contains(name)) {
            throw new RulesFileException(where + ": definition '" + name + "' refers to itself");
        }
        expanding.push(name);
        try {
            return compile(definition, insideInstrument, where + " > ref '" + name + "'");
        } finally {
            expanding.pop();
        }
    }

    private List<Condition> children(JsonNode body, boolean insideInstrument, String where) {
        if (body == null || !body.isArray() || body.isEmpty()) {
            throw new RulesFileException(where + ": expected a non-empty list of conditions");
        }
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            parts.add(compile(body.get(i), insideInstrument, where + "[" + i + "]"));
        }
        return parts;
    }

    private static void requireSingleKey(JsonNode node, String where) {
        if (node.size() != 1) {
            throw new RulesFileException(where + ": a condition has one key (all, any, not, ref), got " + node);
        }
    }
}
