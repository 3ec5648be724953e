package org.guarantees.scoring.service;

import org.guarantees.scoring.domain.GuaranteeInstrument;

/**
 * Every test of a rule program on one enum or boolean field against constants, folded into one lookup: for each value
 * the field can hold (by ordinal; false and true as 0 and 1) the bits of the tests that value passes.
 */
public final class FieldTable {
    private final DealField dealField;
    private final InstrumentField instrumentField;
    private final boolean booleanField;
    private final long[] bitsByValue;
    private final long bitsWhenMissing;

    public FieldTable(DealField dealField, InstrumentField instrumentField, boolean booleanField, long[] bitsByValue,
                      long bitsWhenMissing) {
        this.dealField = dealField;
        this.instrumentField = instrumentField;
        this.booleanField = booleanField;
        this.bitsByValue = bitsByValue;
        this.bitsWhenMissing = bitsWhenMissing;
    }

    long bits(Facts facts, GuaranteeInstrument instrument) {
        Object value = instrumentField != null ? instrumentField.read(instrument) : facts.get(dealField);
        if (value == null) {
            return bitsWhenMissing;
        }
        return bitsByValue[booleanField ? ((Boolean) value ? 1 : 0) : ((Enum<?>) value).ordinal()];
    }
}
