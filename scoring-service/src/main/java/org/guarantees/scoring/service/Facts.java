package org.guarantees.scoring.service;

import static org.guarantees.scoring.service.DealField.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.guarantees.scoring.domain.*;

/** The deal's field values read once, with the rules file's assumptions filled in where the deal is silent. */
public final class Facts {
    private static final int FIELD_COUNT = DealField.values().length;

    private final Deal deal;
    private final Object[] values = new Object[FIELD_COUNT];
    private final List<Assumption> assumptions;

    public Facts(Deal deal, List<DefaultValue> defaults) {
        this(deal, defaults, true);
    }

    /** Without {@code reportAssumptions} the defaults are filled in but not listed: a stressed deal's are never shown. */
    Facts(Deal deal, List<DefaultValue> defaults, boolean reportAssumptions) {
        this.deal = deal;
        read(deal);
        List<Assumption> assumed = null;
        for (DefaultValue fallback : defaults) {
            int slot = fallback.field().ordinal();
            if (values[slot] == null) {
                Object assumedValue = fallback.value().resolve(this);
                values[slot] = assumedValue;
                if (!reportAssumptions) {
                    continue;
                }
                if (assumed == null) {
                    assumed = new ArrayList<>();
                }
                assumed.add(fallback.assumption(assumedValue));
            }
        }
        this.assumptions = assumed == null ? List.of() : Collections.unmodifiableList(assumed);
    }

    /** One straight pass over the record: cheaper than a call through a different accessor for each field. */
    private void read(Deal deal) {
        set(YEAR, deal.year());
        set(PROTECTED_STATE, deal.protectedState());
        set(POTENTIAL_AGGRESSOR, deal.potentialAggressor());
        set(INSTRUMENTS, deal.instruments());
        set(AGGRESSOR_IS_GUARANTOR, deal.aggressorIsGuarantor());
        set(AGGRESSOR_CAN_VETO, deal.aggressorCanVeto());
        set(CEASEFIRE, deal.ceasefire());
        ForeignForces forces = deal.foreignForces();
        if (forces != null) {
            set(FOREIGN_PRESENCE, forces.presence());
            set(FOREIGN_PROVIDERS, forces.providers());
            set(HOST_CAN_EXPEL, forces.hostCanExpel());
        }
        set(MONITORING, deal.monitoring());
        set(SEPARATION, deal.separation());
        ForceLimits limits = deal.forceLimits();
        if (limits != null) {
            set(FORCE_LIMIT, limits.limit());
            set(PERSONNEL_CEILING, limits.personnelCeiling());
        }
        set(ALLIANCE, deal.alliance());
        set(ECONOMIC_INTEGRATION, deal.economicIntegration());
        set(TERRITORY, deal.territory());
        set(SANCTIONS, deal.sanctions());
        AggressorCommitments commitments = deal.aggressorCommitments();
        if (commitments != null) {
            set(NON_AGGRESSION_LAW, commitments.nonAggressionLaw());
            set(ARMS_CONTROL, commitments.armsControl());
        }
        Grievances grievances = deal.grievances();
        if (grievances != null) {
            set(RED_LINES_CROSSED, grievances.redLinesCrossed());
            set(MAXIMALIST_AIMS_UNMET, grievances.maximalistAimsUnmet());
        }
        set(MILITARY_BALANCE, deal.militaryBalance());
    }

    private void set(DealField field, Object value) {
        values[field.ordinal()] = value;
    }

    public Object get(DealField field) {
        return values[field.ordinal()];
    }

    public Deal deal() {
        return deal;
    }

    public List<Assumption> assumptions() {
        return assumptions;
    }
}
