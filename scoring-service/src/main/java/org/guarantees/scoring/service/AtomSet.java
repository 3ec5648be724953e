package org.guarantees.scoring.service;

import java.util.List;
import org.guarantees.scoring.domain.GuaranteeInstrument;

/**
 * The atoms of a rule program in one scope, the deal or one instrument, as bits of a long: tests on enum and boolean
 * fields come from one table lookup per field, and the remaining tests (lists, numbers, countries) run one by one.
 */
public final class AtomSet {
    private final FieldTable[] tables;
    private final Condition[] tests;
    private final long[] testBits;

    public AtomSet(List<FieldTable> tables, List<Condition> tests, long[] testBits) {
        this.tables = tables.toArray(FieldTable[]::new);
        this.tests = tests.toArray(Condition[]::new);
        this.testBits = testBits;
    }

    long evaluate(Facts facts, GuaranteeInstrument instrument) {
        long bits = 0;
        for (FieldTable table : tables) {
            bits |= table.bits(facts, instrument);
        }
        for (int i = 0; i < tests.length; i++) {
            if (tests[i].test(facts, instrument)) {
                bits |= testBits[i];
            }
        }
        return bits;
    }
}
