package org.guarantees.game.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads required and optional values from a parsed YAML tree, naming the element on every failure. */
final class YamlTree {

    private YamlTree() {
    }

    static JsonNode field(JsonNode node, String name, String path) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            throw new InvalidScenarioException(join(path, name), "is missing");
        }
        return child;
    }

    static String text(JsonNode node, String name, String path) {
        JsonNode child = field(node, name, path);
        if (!child.isTextual() || child.asText().isBlank()) {
            throw new InvalidScenarioException(join(path, name), "must be a non-empty text");
        }
        return child.asText().strip();
    }

    static String optionalText(JsonNode node, String name, String path) {
        return node.hasNonNull(name) ? text(node, name, path) : null;
    }

    static int integer(JsonNode node, String name, String path) {
        JsonNode child = field(node, name, path);
        if (!child.canConvertToInt() || !child.isIntegralNumber()) {
            throw new InvalidScenarioException(join(path, name), "must be a whole number, not '" + child.asText() + "'");
        }
        return child.asInt();
    }

    static <T> List<T> list(JsonNode node, String name, String path, BiFunction<JsonNode, String, T> item) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            return List.of();
        }
        if (!child.isArray()) {
            throw new InvalidScenarioException(join(path, name), "must be a list");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < child.size(); i++) {
            items.add(item.apply(child.get(i), join(path, name) + "[" + i + "]"));
        }
        return List.copyOf(items);
    }

    static List<String> texts(JsonNode node, String name, String path) {
        return list(node, name, path, (item, itemPath) -> {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new InvalidScenarioException(itemPath, "must be a non-empty text");
            }
            return item.asText().strip();
        });
    }

    static JsonNode object(JsonNode node, String name, String path) {
        JsonNode child = node.get(name);
        if (child != null && !child.isNull() && !child.isObject()) {
            throw new InvalidScenarioException(join(path, name), "must be a mapping of keys to values");
        }
        return child == null || child.isNull() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : child;
    }

    /** Plain immutable Java values (maps, lists, strings, numbers, booleans) for deal terms. */
    static Object plain(JsonNode node, String path) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue(), join(path, e.getKey()))));
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(plain(node.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(items);
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.asInt() : (Object) node.asLong();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        throw new InvalidScenarioException(path, "must be a text, whole number, true/false, list or mapping");
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
