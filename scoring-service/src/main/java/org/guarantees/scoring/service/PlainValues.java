package org.guarantees.scoring.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cursor's next value only in the one form that databind reads without coercion and that QuickCheck
 * passes; anything else throws {@link NotPlain}. An explicit JSON null is read only where databind turns it into the
 * same null as a missing field; a required field checks its value with {@link #required}.
 */
final class PlainValues {
    private static final int MAX_TEXT = 200;

    private PlainValues() {
    }

    static <T> T required(T value) {
        if (value == null) {
            throw new NotPlain();
        }
        return value;
    }

    /** A field seen twice is not plain: databind's answer to duplicates is not one to imitate. */
    static int once(int seen, int field) {
        int bit = 1 << field;
        if ((seen & bit) != 0) {
            throw new NotPlain();
        }
        return seen | bit;
    }

    /** A title or name within the length the bean validation allows, or null. */
    static String shortText(JsonCursor cursor) {
        return cursor.isNull() ? null : cursor.string(MAX_TEXT);
    }

    /** An enum constant or country code, or null; an unknown name is not plain. */
    static <T> T named(JsonCursor cursor, ByteNames<T> names) {
        return cursor.isNull() ? null : cursor.name(names);
    }

    /** A list of enum constants or country codes, or null; a null element or an unknown name is not plain. */
    static <T> List<T> allNamed(JsonCursor cursor, ByteNames<T> names) {
        if (!cursor.opens('[')) {
            return null;
        }
        List<T> values = new ArrayList<>();
        if (!cursor.emptyList()) {
            do {
                values.add(cursor.name(names));
            } while (cursor.moreElements());
        }
        return values;
    }

    static Integer whole(JsonCursor cursor) {
        return cursor.isNull() ? null : cursor.integer();
    }

    static Boolean flag(JsonCursor cursor) {
        return cursor.isNull() ? null : cursor.bool();
    }
}
