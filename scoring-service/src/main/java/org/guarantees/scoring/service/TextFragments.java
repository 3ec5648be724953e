package org.guarantees.scoring.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;

/**
 * A string field as the mapper writes it, with the JSON around it, for each of a handful of fixed texts (band names,
 * the rules version). Reports carry the rules' own String instances, so a scan by identity finds them faster than
 * hashing would.
 */
final class TextFragments {
    private final ObjectMapper mapper;
    private final byte[] before;
    private final byte[] after;
    private final String[] texts;
    private final byte[][] fragments;

    TextFragments(ObjectMapper mapper, String before, List<String> texts, String after) {
        this.mapper = mapper;
        this.before = JacksonBytes.ascii(before);
        this.after = JacksonBytes.ascii(after);
        this.texts = texts.toArray(String[]::new);
        this.fragments = new byte[this.texts.length][];
        for (int i = 0; i < fragments.length; i++) {
            fragments[i] = JacksonBytes.concat(this.before, JacksonBytes.of(mapper, this.texts[i]), this.after);
        }
    }

    void write(String text, ByteSink out) {
        byte[] fragment = find(text);
        if (fragment != null) {
            out.write(fragment);
        } else {
            out.write(before).write(JacksonBytes.of(mapper, text)).write(after);
        }
    }

    private byte[] find(String text) {
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] == text) {
                return fragments[i];
            }
        }
        for (int i = 0; i < texts.length; i++) {
            if (Objects.equals(texts[i], text)) {
                return fragments[i];
            }
        }
        return null;
    }
}
