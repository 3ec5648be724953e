package org.guarantees.game.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scoring service's own OpenAPI document, used as an independent judge of the deals the mapper produces. */
final class OpenApiDealSchema {

    static final Path DOCUMENT = Path.of("..", "scoring-service", "src", "main", "resources", "META-INF", "openapi.yaml");

    private final JsonNode schemas;

    OpenApiDealSchema() throws IOException {
        schemas = new YAMLMapper().readTree(Files.readString(DOCUMENT)).path("components").path("schemas");
    }

    List<String> violations(Map<String, Object> deal) {
        List<String> violations = new ArrayList<>();
        check(schemas.get("Deal"), deal, "deal", violations);
        return violations;
    }

    /** Schemas that describe the Deal itself; the report and case schemas have enums of their own. */
    private static final List<String> DEAL_SCHEMAS = List.of("Deal", "GuaranteeInstrument", "ForeignForces", "ForceLimits");

    /** Every enum of the Deal's schemas by property name, e.g. "trigger" to its values. */
    Map<String, List<String>> enums() {
        Map<String, List<String>> enums = new LinkedHashMap<>();
        DEAL_SCHEMAS.stream().map(schemas::path).forEach(schema -> schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode node = p.getValue().has("items") ? p.getValue().get("items") : p.getValue();
            if (node.has("enum")) {
                List<String> values = new ArrayList<>();
                node.get("enum").forEach(v -> values.add(v.asText()));
                enums.put(p.getKey(), values);
            }
        }));
        return enums;
    }

    private void check(JsonNode schema, Object value, String path, List<String> violations) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            check(schemas.get(name), value, path, violations);
            return;
        }
        if (schema.has("enum")) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(v -> allowed.add(v.asText()));
            if (!allowed.contains(String.valueOf(value))) {
                violations.add(path + " = " + value + " not in " + allowed);
            }
        }
        switch (schema.path("type").asText()) {
            case "object" -> checkObject(schema, value, path, violations);
            case "array" -> {
                if (!(value instanceof List<?> list)) {
                    violations.add(path + " is not an array");
                    return;
                }
                if (list.size() < schema.path("minItems").asInt(0)) {
                    violations.add(path + " has too few items");
                }
                for (int i = 0; i < list.size(); i++) {
                    check(schema.get("items"), list.get(i), path + "[" + i + "]", violations);
                }
            }
            case "string" -> {
                if (!(value instanceof String s) || schema.has("pattern") && !s.matches(schema.get("pattern").asText())) {
                    violations.add(path + " = " + value + " is not a valid string here");
                }
            }
            case "integer" -> {
                if (!(value instanceof Integer) || (Integer) value < schema.path("minimum").asInt(Integer.MIN_VALUE)) {
                    violations.add(path + " = " + value + " is not a valid integer here");
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    violations.add(path + " = " + value + " is not a boolean");
                }
            }
            default -> violations.add(path + ": schema type " + schema.path("type").asText() + " not understood by this test");
        }
    }

    private void checkObject(JsonNode schema, Object value, String path, List<String> violations) {
        if (!(value instanceof Map<?, ?> map)) {
            violations.add(path + " is not an object");
            return;
        }
        schema.path("required").forEach(r -> {
            if (!map.containsKey(r.asText())) {
                violations.add(path + "." + r.asText() + " is required");
            }
        });
        map.forEach((key, child) -> {
            JsonNode property = schema.path("properties").get(String.valueOf(key));
            if (property == null) {
                violations.add(path + "." + key + " is not a property of the contract");
            } else {
                check(property, child, path + "." + key, violations);
            }
        });
    }
}
