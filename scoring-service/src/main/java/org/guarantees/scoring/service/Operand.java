package org.guarantees.scoring.service;

/** A value in a condition: a constant, or a variable such as {@code $aggressor} resolved against the deal. */
@FunctionalInterface
public interface Operand {
    Object resolve(Facts facts);

    static Operand constant(Object value) {
        return facts -> value;
    }
}
