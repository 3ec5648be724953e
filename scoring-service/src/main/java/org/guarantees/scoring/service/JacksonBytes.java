package org.guarantees.scoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What the mapper writes for a value, as UTF-8, and the means to cut such JSON at a field and join the pieces. */
final class JacksonBytes {
    private JacksonBytes() {
    }

    static byte[] of(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }

    /**
     * Where {@code part} first occurs in {@code json}, or -1. Inside a string value every quote follows a backslash, so
     * a part such as {@code ,"score":} can only match the field itself.
     */
    static int indexOf(byte[] json, byte[] part) {
        outer:
        for (int start = 0; start <= json.length - part.length; start++) {
            for (int i = 0; i < part.length; i++) {
                if (json[start + i] != part[i]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
