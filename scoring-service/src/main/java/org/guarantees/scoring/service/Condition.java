package org.guarantees.scoring.service;

import org.guarantees.scoring.domain.GuaranteeInstrument;

/** A precompiled test over a deal's facts; {@code instrument} is the element under a {@code some} quantifier. */
@FunctionalInterface
public interface Condition {
    boolean test(Facts facts, GuaranteeInstrument instrument);
}
