package org.guarantees.scoring.service;

import java.util.Objects;
import org.guarantees.scoring.domain.Assumption;

/**
 * The value assumed for a Deal field the deal leaves out, and why that is the weakest reasonable reading. The report's
 * line for it is built once when the value does not depend on the deal; when it does (such as {@code [$aggressor]}),
 * the line last built is kept, since consecutive deals nearly always share the value.
 */
public final class DefaultValue {
    private final DealField field;
    private final Operand value;
    private final String reason;
    private final Assumption constantAssumption;
    /** Replaced whole, so that a thread always reads a value together with its own line. */
    private volatile Built last;

    private DefaultValue(DealField field, Operand value, String reason) {
        this.field = field;
        this.value = value;
        this.reason = reason;
        this.constantAssumption = value instanceof Operand.Constant c
                ? new Assumption(field.path, String.valueOf(c.value()), reason) : null;
    }

    public static DefaultValue of(DealField field, Operand value, String reason) {
        return new DefaultValue(field, value, reason);
    }

    public DealField field() {
        return field;
    }

    public Operand value() {
        return value;
    }

    public String reason() {
        return reason;
    }

    public Assumption assumption(Object assumedValue) {
        if (constantAssumption != null) {
            return constantAssumption;
        }
        Built built = last;
        if (built == null || !Objects.equals(built.value(), assumedValue)) {
            built = new Built(assumedValue, new Assumption(field.path, String.valueOf(assumedValue), reason));
            last = built;
        }
        return built.assumption();
    }

    private record Built(Object value, Assumption assumption) {
    }
}
