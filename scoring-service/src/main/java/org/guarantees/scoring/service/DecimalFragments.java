package org.guarantees.scoring.service;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A double field as the mapper writes it, with the JSON around it, for each value a rating rounds to: {@code units /
 * scale} for units 0..maxUnits (e.g. probabilities to 3 decimals). A report copies one fragment per number instead of
 * running Double.toString and copying the field's punctuation separately.
 */
final class DecimalFragments {
    private final ObjectMapper mapper;
    private final byte[] before;
    private final byte[] after;
    private final int scale;
    private final double[] values;
    private final byte[][] fragments;

    DecimalFragments(ObjectMapper mapper, String before, int scale, int maxUnits, String after) {
        this.mapper = mapper;
        this.before = JacksonBytes.ascii(before);
        this.after = JacksonBytes.ascii(after);
        this.scale = scale;
        this.values = new double[maxUnits + 1];
        this.fragments = new byte[maxUnits + 1][];
        for (int units = 0; units <= maxUnits; units++) {
            values[units] = units / (double) scale;
            fragments[units] = JacksonBytes.concat(this.before, JacksonBytes.of(mapper, values[units]), this.after);
        }
    }

    void write(double value, ByteSink out) {
        double scaled = value * scale;
        if (scaled >= 0 && scaled <= fragments.length - 1) {
            int units = (int) (scaled + 0.5);
            // -0.0 and anything not exactly a rounded value fail this and are written by the mapper
            if (Double.doubleToRawLongBits(values[units]) == Double.doubleToRawLongBits(value)) {
                out.write(fragments[units]);
                return;
            }
        }
        out.write(before).write(JacksonBytes.of(mapper, value)).write(after);
    }
}
