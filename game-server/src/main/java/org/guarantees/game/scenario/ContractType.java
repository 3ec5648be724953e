package org.guarantees.game.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A minimal JSON-schema-like type used to check deal terms against the scoring service's Deal contract. */
interface ContractType {

    /** Adds one message per violation, each starting with the path of the offending value. */
    void check(Object value, String path, boolean complete, List<String> violations);

    record Text(int maxLength) implements ContractType {
        public void check(Object value, String path, boolean complete, List<String> violations) {
            if (!(value instanceof String s)) {
                violations.add(path + ": must be a string");
            } else if (s.length() > maxLength) {
                violations.add(path + ": longer than " + maxLength + " characters");
            }
        }
    }

    record Whole(int minimum) implements ContractType {
        public void check(Object value, String path, boolean complete, List<String> violations) {
            if (!(value instanceof Integer || value instanceof Long)) {
                violations.add(path + ": must be an integer");
            } else if (((Number) value).longValue() < minimum) {
                violations.add(path + ": must be at least " + minimum);
            }
        }
    }

    record Flag() implements ContractType {
        public void check(Object value, String path, boolean complete, List<String> violations) {
            if (!(value instanceof Boolean)) {
                violations.add(path + ": must be true or false");
            }
        }
    }

    record OneOf(List<String> values) implements ContractType {
        public void check(Object value, String path, boolean complete, List<String> violations) {
            if (!values.contains(value)) {
                violations.add(path + ": '" + value + "' is not one of " + values);
            }
        }
    }

    record Country() implements ContractType {
        private static final Pattern CODE = Pattern.compile("^([A-Z]{2}|EU|NATO|UN)$");

        public void check(Object value, String path, boolean complete, List<String> violations) {
            if (!(value instanceof String s) || !CODE.matcher(s).matches()) {
                violations.add(path + ": '" + value + "' is not a country code (ISO alpha-2, EU, NATO or UN)");
            }
        }
    }

    record ListOf(ContractType items, int minItems) implements ContractType {
        public void check(Object value, String path, boolean complete, List<String> violations) {
            if (!(value instanceof List<?> list)) {
                violations.add(path + ": must be a list");
                return;
            }
            if (complete && list.size() < minItems) {
                violations.add(path + ": needs at least " + minItems + " item(s)");
            }
            for (int i = 0; i < list.size(); i++) {
                items.check(list.get(i), path + "[" + i + "]", complete, violations);
            }
        }
    }

    record Fields(Map<String, ContractType> properties, Set<String> required) implements ContractType {
        public void check(Object value, String path, boolean complete, List<String> violations) {
            if (!(value instanceof Map<?, ?> map)) {
                violations.add(path + ": must be an object");
                return;
            }
            String prefix = path.isEmpty() ? "" : path + ".";
            map.forEach((key, child) -> {
                ContractType type = properties.get(String.valueOf(key));
                if (type == null) {
                    violations.add(prefix + key + ": not a field of the Deal contract here (allowed: "
                            + properties.keySet() + ")");
                } else {
                    type.check(child, prefix + key, complete, violations);
                }
            });
            if (complete) {
                required.stream().filter(r -> !map.containsKey(r))
                        .forEach(r -> violations.add(prefix + r + ": required by the Deal contract"));
            }
        }
    }
}
