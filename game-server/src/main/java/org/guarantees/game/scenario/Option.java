package org.guarantees.game.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One choice on an issue; {@code dealTerms} is the fragment of the scoring service's Deal it contributes. */
public record Option(String id, String label, String description, Map<String, Object> dealTerms) {

    public Option {
        dealTerms = Collections.unmodifiableMap(new LinkedHashMap<>(dealTerms));
    }
}
