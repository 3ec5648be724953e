package org.guarantees.scoring.service;

import org.guarantees.scoring.domain.GuaranteeInstrument;

/**
 * A precompiled test over a deal's facts; {@code instrument} is the element under a {@code some} quantifier. An abstract
 * class rather than an interface: a rating makes hundreds of these calls, each through a call site that sees many
 * kinds of condition, and a virtual call is a table lookup where an interface call is a search.
 */
public abstract class Condition {
    public abstract boolean test(Facts facts, GuaranteeInstrument instrument);
}
