package org.guarantees.scoring.service;

import org.guarantees.scoring.domain.Assumption;

/**
 * The value assumed for a Deal field the deal leaves out, and why that is the weakest reasonable reading.
 * {@code constantAssumption} is the report's line for it, built once, when the value does not depend on the deal.
 */
public record DefaultValue(DealField field, Operand value, String reason, Assumption constantAssumption) {

    public static DefaultValue of(DealField field, Operand value, String reason) {
        Assumption constant = value instanceof Operand.Constant c
                ? new Assumption(field.path, String.valueOf(c.value()), reason) : null;
        return new DefaultValue(field, value, reason, constant);
    }

    public Assumption assumption(Object assumedValue) {
        return constantAssumption != null ? constantAssumption
                : new Assumption(field.path, String.valueOf(assumedValue), reason);
    }
}
