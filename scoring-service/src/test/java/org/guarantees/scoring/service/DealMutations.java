package org.guarantees.scoring.service;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Systematic changes to a deal's JSON, most of them spoiling it and some harmless: every field dropped, renamed,
 * repeated or given a value of every kind; every list element removed, repeated or joined by a null; bodies with
 * tokens around the deal. {@link ScannerMutations} adds the changes that only a reader of raw bytes could get wrong.
 */
final class DealMutations {
    record Mutant(String label, byte[] body) {
        Mutant(String label, String json) {
            this(label, json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String REPEAT_MARKER = "zzRepeatOfTheNextField";
    private static final List<JsonNode> ANY_VALUE = List.of(NODES.nullNode(), NODES.textNode("text"),
            NODES.textNode(""), NODES.numberNode(7), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(2.5),
            NODES.numberNode(3_000_000_000L), NODES.numberNode(new BigInteger("100000000000000000000")),
            NODES.booleanNode(true), NODES.booleanNode(false), NODES.arrayNode(), NODES.arrayNode().add("US"),
            NODES.arrayNode().addNull(), NODES.objectNode(), NODES.objectNode().put("x", 1));

    private DealMutations() {
    }

    static List<Mutant> of(String json) {
        JsonNode deal = tree(json);
        List<Mutant> mutants = new ArrayList<>();
        for (JsonPointer path : valuePaths(deal, JsonPointer.empty())) {
            JsonNode value = deal.at(path);
            for (JsonNode replacement : replacementsFor(value)) {
                mutants.add(change(deal, path, "set to " + replacement, parent -> set(parent, path, replacement)));
            }
            JsonNode parent = deal.at(path.head());
            if (parent.isObject()) {
                String name = path.last().getMatchingProperty();
                mutants.add(change(deal, path, "dropped", p -> ((ObjectNode) p).remove(name)));
                mutants.add(renamed(deal, path, "x" + name));
                mutants.add(renamed(deal, path, name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1)));
                mutants.add(repeated(deal, path, value));
                mutants.add(repeated(deal, path, NODES.nullNode()));
            } else {
                int index = path.last().getMatchingIndex();
                mutants.add(change(deal, path, "removed", p -> ((ArrayNode) p).remove(index)));
                mutants.add(change(deal, path, "followed by null", p -> ((ArrayNode) p).insertNull(index + 1)));
                mutants.add(change(deal, path, "repeated", p -> ((ArrayNode) p).insert(index, value.deepCopy())));
            }
        }
        mutants.addAll(wrapped(json));
        return mutants;
    }

    private static List<JsonNode> replacementsFor(JsonNode value) {
        List<JsonNode> replacements = new ArrayList<>(ANY_VALUE);
        if (value.isTextual()) {
            String text = value.textValue();
            for (String variant : List.of(text.toLowerCase(Locale.ROOT), text + " ", "XX", "NOT_A_CONSTANT",
                    "x".repeat(200), "x".repeat(201), "\u00e9\u2013\uD83D\uDE00 \"quoted\\\"")) {
                replacements.add(NODES.textNode(variant));
            }
        } else if (value.isInt()) {
            int number = value.intValue();
            replacements.addAll(List.of(NODES.numberNode(-number), NODES.numberNode(number + 1),
                    NODES.numberNode((double) number), NODES.textNode(String.valueOf(number)),
                    NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(Integer.MIN_VALUE)));
        } else if (value.isArray() && !value.isEmpty()) {
            replacements.add(value.get(0).deepCopy());
            replacements.add(NODES.arrayNode().add(value.get(0).deepCopy()));
        } else if (value.isObject()) {
            replacements.add(NODES.arrayNode().add(value.deepCopy()));
        }
        return replacements;
    }

    private static List<Mutant> wrapped(String json) {
        List<Mutant> mutants = new ArrayList<>();
        for (String after : List.of(" ", "\n", " {}", " 1", " null", "]", "}", ",", "x", " \"x\"", "/* note */")) {
            mutants.add(new Mutant("followed by '" + after + "'", json + after));
        }
        for (String before : List.of(" ", "\uFEFF", "[", "1 ", "// note\n")) {
            mutants.add(new Mutant("preceded by '" + before + "'", before + json));
        }
        mutants.add(new Mutant("in a list", "[" + json + "]"));
        mutants.add(new Mutant("with a field name escaped", json.replaceFirst("\"protectedState\"",
                "\"protected\\\\u0053tate\"")));
        mutants.add(new Mutant("with a value escaped", json.replaceFirst("\"UA\"", "\"\\\\u0055A\"")));
        for (String other : List.of("", "null", "{}", "[]", "\"text\"", "1", "true", "{\"protectedState\":\"UA\"}")) {
            mutants.add(new Mutant("replaced by '" + other + "'", other));
        }
        return mutants;
    }

    private static Mutant change(JsonNode deal, JsonPointer path, String what, Consumer<JsonNode> changeParent) {
        JsonNode copy = deal.deepCopy();
        changeParent.accept(copy.at(path.head()));
        return new Mutant(path + " " + what, copy.toString());
    }

    private static Mutant renamed(JsonNode deal, JsonPointer path, String newName) {
        return change(deal, path, "renamed to " + newName, parent -> {
            ObjectNode object = (ObjectNode) parent;
            object.set(newName, object.remove(path.last().getMatchingProperty()));
        });
    }

    /** ObjectNode keeps one value per name, so the repeat goes in under a marker that is renamed in the text. */
    private static Mutant repeated(JsonNode deal, JsonPointer path, JsonNode repeat) {
        String name = path.last().getMatchingProperty();
        Mutant marked = change(deal, path, "repeated as " + repeat, parent -> {
            ObjectNode object = (ObjectNode) parent;
            JsonNode original = object.remove(name);
            object.set(REPEAT_MARKER, repeat.deepCopy());
            object.set(name, original);
        });
        String json = new String(marked.body(), StandardCharsets.UTF_8);
        return new Mutant(marked.label(), json.replace("\"" + REPEAT_MARKER + "\"", "\"" + name + "\""));
    }

    private static void set(JsonNode parent, JsonPointer path, JsonNode replacement) {
        if (parent instanceof ObjectNode object) {
            object.set(path.last().getMatchingProperty(), replacement.deepCopy());
        } else {
            ((ArrayNode) parent).set(path.last().getMatchingIndex(), replacement.deepCopy());
        }
    }

    private static List<JsonPointer> valuePaths(JsonNode node, JsonPointer at) {
        List<JsonPointer> paths = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                JsonPointer child = at.appendProperty(name);
                paths.add(child);
                paths.addAll(valuePaths(node.get(name), child));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPointer child = at.appendIndex(i);
                paths.add(child);
                paths.addAll(valuePaths(node.get(i), child));
            }
        }
        return paths;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
