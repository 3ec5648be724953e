package org.guarantees.scoring.config;

import java.util.Arrays;

/** The comparison operators of the rules' condition language. */
enum Operator {
    EQ("eq"), NE("ne"), IN("in"), NOT_IN("notIn"), LT("lt"), LE("le"), GT("gt"), GE("ge"),
    CONTAINS("contains"), CONTAINS_ANY("containsAny"), IS_EMPTY("isEmpty"), NOT_EMPTY("notEmpty"),
    MISSING("missing"), PRESENT("present");

    final String word;

    Operator(String word) {
        this.word = word;
    }

    boolean takesNoValue() {
        return this == IS_EMPTY || this == NOT_EMPTY || this == MISSING || this == PRESENT;
    }

    boolean takesList() {
        return this == IN || this == NOT_IN || this == CONTAINS_ANY;
    }

    boolean isOrdering() {
        return this == LT || this == LE || this == GT || this == GE;
    }

    static Operator parse(String word) {
        return Arrays.stream(values()).filter(op -> op.word.equals(word)).findFirst().orElse(null);
    }

    static String known() {
        return Arrays.stream(values()).map(op -> op.word).toList().toString();
    }
}
