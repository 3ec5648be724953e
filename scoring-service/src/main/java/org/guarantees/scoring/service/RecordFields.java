package org.guarantees.scoring.service;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The JSON field names of one record, which are its component names as databind reads them, pre-encoded as ASCII.
 * A client writes its fields in one order of its own, so the name expected next is the one that followed last time and
 * is matched by one comparison; any other name is looked up. The learnt order is shared by all threads without
 * locking: a stale guess costs only the lookup.
 */
final class RecordFields {
    static final int END = -1;

    private final String[] names;
    /** Looks a field up by name; a field's index there is its index in the record. */
    private final ByteNames<String> lookup;
    /** For each field, the field that followed it last time (or END); the last slot holds the first field. */
    private final int[] following;

    RecordFields(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        names = new String[components.length];
        following = new int[components.length + 1];
        for (int field = 0; field < components.length; field++) {
            names[field] = components[field].getName();
            following[field] = field + 1 < components.length ? field + 1 : END;
        }
        following[components.length] = 0;
        lookup = new ByteNames<>(List.of(names), name -> name);
    }

    /** The name of a field, to dispatch on; it is the same instance each time, so a switch on it is cheap. */
    String name(int field) {
        return names[field];
    }

    int length(int field) {
        return lookup.length(field);
    }

    /**
     * The field whose name {@code json} spells from {@code from} up to a closing quote, or END for a name the record
     * does not have; {@code previous} is the field before it in the object, or END for the first.
     */
    int match(byte[] json, int from, int previous) {
        int slot = previous == END ? names.length : previous;
        int expected = following[slot];
        if (expected != END && lookup.spells(json, from, expected)) {
            return expected;
        }
        int field = lookup.find(json, from);
        if (field != ByteNames.NONE) {
            following[slot] = field;
        }
        return field == ByteNames.NONE ? END : field;
    }
}
