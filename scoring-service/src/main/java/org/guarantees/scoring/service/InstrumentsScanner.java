package org.guarantees.scoring.service;

import static org.guarantees.scoring.service.ByteNames.COUNTRY_CODES;
import static org.guarantees.scoring.service.PlainValues.allNamed;
import static org.guarantees.scoring.service.PlainValues.named;
import static org.guarantees.scoring.service.PlainValues.once;
import static org.guarantees.scoring.service.PlainValues.required;
import static org.guarantees.scoring.service.PlainValues.shortText;

import java.util.ArrayList;
import java.util.List;
import org.guarantees.scoring.domain.Capability;
import org.guarantees.scoring.domain.Commitment;
import org.guarantees.scoring.domain.GuaranteeInstrument;
import org.guarantees.scoring.domain.LegalForm;
import org.guarantees.scoring.domain.Trigger;

/** The Deal's guarantee instruments for {@link DealScanner}, each held to the constraints QuickCheck holds it to. */
final class InstrumentsScanner {
    private static final RecordFields INSTRUMENT = new RecordFields(GuaranteeInstrument.class);
    private static final ByteNames<LegalForm> LEGAL_FORMS = ByteNames.constantsOf(LegalForm.class);
    private static final ByteNames<Commitment> COMMITMENTS = ByteNames.constantsOf(Commitment.class);
    private static final ByteNames<Trigger> TRIGGERS = ByteNames.constantsOf(Trigger.class);
    private static final ByteNames<Capability> CAPABILITIES = ByteNames.constantsOf(Capability.class);

    private InstrumentsScanner() {
    }

    static List<GuaranteeInstrument> instruments(JsonCursor cursor) {
        if (!cursor.opens('[')) {
            return null;
        }
        List<GuaranteeInstrument> instruments = new ArrayList<>();
        if (!cursor.emptyList()) {
            do {
                instruments.add(instrument(cursor));
            } while (cursor.moreElements());
        }
        return instruments;
    }

    private static GuaranteeInstrument instrument(JsonCursor cursor) {
        if (!cursor.opens('{')) {
            throw new NotPlain();
        }
        String name = null;
        LegalForm legalForm = null;
        List<String> guarantors = null;
        Commitment commitment = null;
        Trigger trigger = null;
        List<Capability> support = null;
        int seen = 0;
        for (int field = cursor.field(INSTRUMENT, RecordFields.END); field != RecordFields.END;
             field = cursor.field(INSTRUMENT, field)) {
            seen = once(seen, field);
            switch (INSTRUMENT.name(field)) {
                case "name" -> name = shortText(cursor);
                case "legalForm" -> legalForm = named(cursor, LEGAL_FORMS);
                case "guarantors" -> guarantors = allNamed(cursor, COUNTRY_CODES);
                case "commitment" -> commitment = named(cursor, COMMITMENTS);
                case "trigger" -> trigger = named(cursor, TRIGGERS);
                case "support" -> support = allNamed(cursor, CAPABILITIES);
                default -> throw new NotPlain();
            }
        }
        if (required(guarantors).isEmpty()) {
            throw new NotPlain();
        }
        return new GuaranteeInstrument(name, required(legalForm), guarantors, required(commitment),
                required(trigger), support);
    }
}
