package org.guarantees.scoring.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.guarantees.scoring.domain.Assumption;

/**
 * The rules file's assumptions rendered once around their value: the field and the reason are fixed, but the value
 * may depend on the deal ({@code [$aggressor]}), so it is the only part written per report. Keyed by field rather than
 * by whole assumption, nothing is added at request time however many different values deals bring.
 */
final class AssumptionFragments {
    private static final byte[] EMPTY_ASSUMED = JacksonBytes.ascii("\"assumed\":\"\"");

    private record Template(String reason, byte[] head, byte[] tail) {
    }

    private final Map<String, Template> byField = new HashMap<>();

    AssumptionFragments(List<DefaultValue> defaults, ObjectMapper mapper) {
        for (DefaultValue fallback : defaults) {
            String field = fallback.field().path;
            byte[] json = JacksonBytes.of(mapper, new Assumption(field, "", fallback.reason()));
            int at = JacksonBytes.indexOf(json, EMPTY_ASSUMED);
            if (at >= 0) {
                int valueStart = at + EMPTY_ASSUMED.length - 1;
                byField.put(field, new Template(fallback.reason(), Arrays.copyOfRange(json, 0, valueStart),
                        Arrays.copyOfRange(json, valueStart, json.length)));
            }
        }
    }

    /** Writes the assumption if it is one of the rules file's with a value that needs no escaping; false otherwise. */
    boolean write(Assumption assumption, ByteSink out) {
        if (assumption == null) {
            return false;
        }
        Template template = byField.get(assumption.field());
        if (template == null || !Objects.equals(template.reason(), assumption.reason()) || !isPlain(assumption.assumed())) {
            return false;
        }
        out.write(template.head()).writeAscii(assumption.assumed()).write(template.tail());
        return true;
    }

    /** Printable ASCII other than the quote and the backslash: text JSON writes as it is. */
    private static boolean isPlain(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
