package org.guarantees.scoring.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.guarantees.scoring.domain.Assumption;
import org.guarantees.scoring.domain.Deal;

/** The deal's field values read once, with the rules file's assumptions filled in where the deal is silent. */
public final class Facts {
    private static final DealField[] FIELDS = DealField.values();

    private final Deal deal;
    private final Object[] values = new Object[FIELDS.length];
    private final List<Assumption> assumptions;

    public Facts(Deal deal, List<DefaultValue> defaults) {
        this.deal = deal;
        for (DealField field : FIELDS) {
            values[field.ordinal()] = field.read(deal);
        }
        List<Assumption> assumed = null;
        for (DefaultValue fallback : defaults) {
            int slot = fallback.field().ordinal();
            if (values[slot] == null) {
                Object assumedValue = fallback.value().resolve(this);
                values[slot] = assumedValue;
                if (assumed == null) {
                    assumed = new ArrayList<>();
                }
                assumed.add(new Assumption(fallback.field().path, String.valueOf(assumedValue), fallback.reason()));
            }
        }
        this.assumptions = assumed == null ? List.of() : Collections.unmodifiableList(assumed);
    }

    public Object get(DealField field) {
        return values[field.ordinal()];
    }

    public Deal deal() {
        return deal;
    }

    public String aggressor() {
        return deal.potentialAggressor();
    }

    public String protectedState() {
        return deal.protectedState();
    }

    public List<Assumption> assumptions() {
        return assumptions;
    }
}
