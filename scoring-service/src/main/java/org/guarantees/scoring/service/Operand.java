package org.guarantees.scoring.service;

import java.util.List;

/** A value in a condition: a constant, or a variable such as {@code $aggressor} resolved against the deal. */
public interface Operand {
    Object resolve(Facts facts);

    static Operand constant(Object value) {
        return new Constant(value);
    }

    static Operand fieldOf(DealField field) {
        return new FieldValue(field);
    }

    record Constant(Object value) implements Operand {
        @Override
        public Object resolve(Facts facts) {
            return value;
        }
    }

    record FieldValue(DealField field) implements Operand {
        @Override
        public Object resolve(Facts facts) {
            return facts.get(field);
        }
    }

    /** A list whose elements depend on the deal, such as {@code [$aggressor]}. */
    record ListOf(Operand[] parts) implements Operand {
        @Override
        public Object resolve(Facts facts) {
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = parts[i].resolve(facts);
            }
            return List.of(values);
        }
    }
}
