package org.guarantees.scoring.service;

/** The value assumed for a Deal field the deal leaves out, and why that is the weakest reasonable reading. */
public record DefaultValue(DealField field, Operand value, String reason) {
}
