package org.guarantees.game.websocket;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

final class QueryParams {
    private QueryParams() {
    }

    static String value(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static long longValue(String query, String name, long fallback) {
        try {
            String value = value(query, name);
            return value == null ? fallback : Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
