package org.guarantees.scoring.service;

import java.util.List;
import org.guarantees.scoring.domain.GuaranteeInstrument;

/**
 * Every rule's condition at once, as bit arithmetic: each distinct field test of the rules file runs once per deal (or
 * once per instrument), however many rules and definitions repeat it; each distinct "some instrument" runs once; then
 * each rule is a sum of products over the resulting bits. Built at load time by the rules compiler, which falls back
 * to evaluating the condition trees one by one for a rules file too large for it.
 */
public final class RuleProgram {
    private final AtomSet dealAtoms;
    private final AtomSet instrumentAtoms;
    private final SumsOfProducts someInstrument;
    private final SumsOfProducts rules;

    /** {@code someInstrument} condition k sets deal bit {@code 63 - k}; inner quantifiers come before outer ones. */
    public RuleProgram(AtomSet dealAtoms, AtomSet instrumentAtoms, SumsOfProducts someInstrument,
                       SumsOfProducts rules) {
        this.dealAtoms = dealAtoms;
        this.instrumentAtoms = instrumentAtoms;
        this.someInstrument = someInstrument;
        this.rules = rules;
    }

    public boolean[] fired(Facts facts) {
        long deal = dealAtoms.evaluate(facts, null);
        if (someInstrument.count() > 0) {
            deal = withSomeInstrumentBits(facts, deal);
        }
        boolean[] fired = new boolean[rules.count()];
        for (int r = 0; r < fired.length; r++) {
            fired[r] = rules.holds(r, deal, 0);
        }
        return fired;
    }

    private long withSomeInstrumentBits(Facts facts, long deal) {
        @SuppressWarnings("unchecked")
        List<GuaranteeInstrument> instruments = (List<GuaranteeInstrument>) facts.get(DealField.INSTRUMENTS);
        int count = instruments == null ? 0 : instruments.size();
        long[] atoms = new long[count];
        for (int m = 0; m < count; m++) {
            atoms[m] = instrumentAtoms.evaluate(facts, instruments.get(m));
        }
        for (int k = 0; k < someInstrument.count(); k++) {
            for (int m = 0; m < count; m++) {
                if (someInstrument.holds(k, deal, atoms[m])) {
                    deal |= 1L << (63 - k);
                    break;
                }
            }
        }
        return deal;
    }
}
