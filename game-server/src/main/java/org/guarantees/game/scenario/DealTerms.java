package org.guarantees.game.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep merge of deal-term fragments: objects merge key by key, lists concatenate without repeats, scalars replace. */
final class DealTerms {

    private DealTerms() {
    }

    @SuppressWarnings("unchecked")
    static void mergeInto(Map<String, Object> target, Map<String, Object> fragment) {
        fragment.forEach((key, value) -> {
            Object existing = target.get(key);
            if (existing instanceof Map<?, ?> && value instanceof Map<?, ?>) {
                mergeInto((Map<String, Object>) existing, (Map<String, Object>) value);
            } else if (existing instanceof List<?> && value instanceof List<?>) {
                List<Object> joined = (List<Object>) existing;
                ((List<Object>) copy(value)).stream()
                        .filter(item -> item instanceof Map<?, ?> || !joined.contains(item))
                        .forEach(joined::add);
            } else {
                target.put(key, copy(value));
            }
        });
    }

    /** A mutable deep copy, so merging never touches a scenario's immutable data. */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }
}
