package org.guarantees.scoring.service;

import static org.guarantees.scoring.service.ByteNames.COUNTRY_CODES;
import static org.guarantees.scoring.service.PlainValues.allNamed;
import static org.guarantees.scoring.service.PlainValues.flag;
import static org.guarantees.scoring.service.PlainValues.named;
import static org.guarantees.scoring.service.PlainValues.once;
import static org.guarantees.scoring.service.PlainValues.required;
import static org.guarantees.scoring.service.PlainValues.whole;

import java.util.List;
import org.guarantees.scoring.domain.*;

/**
 * The Deal's nested objects but its instruments for {@link DealScanner}, each read from the cursor with the same all-or-nothing rules as
 * {@link PlainValues}, and each held to its record's constraints as QuickCheck would hold it.
 */
final class DealPartsScanner {
    private static final RecordFields FOREIGN_FORCES = new RecordFields(ForeignForces.class);
    private static final RecordFields FORCE_LIMITS = new RecordFields(ForceLimits.class);
    private static final RecordFields AGGRESSOR_COMMITMENTS = new RecordFields(AggressorCommitments.class);
    private static final RecordFields GRIEVANCES = new RecordFields(Grievances.class);
    private static final ByteNames<Presence> PRESENCES = ByteNames.constantsOf(Presence.class);
    private static final ByteNames<ForceLimit> FORCE_LIMIT_KINDS = ByteNames.constantsOf(ForceLimit.class);

    private DealPartsScanner() {
    }

    static ForeignForces foreignForces(JsonCursor cursor) {
        if (!cursor.opens('{')) {
            return null;
        }
        Presence presence = null;
        List<String> providers = null;
        Boolean hostCanExpel = null;
        int seen = 0;
        for (int field = cursor.field(FOREIGN_FORCES, RecordFields.END); field != RecordFields.END;
             field = cursor.field(FOREIGN_FORCES, field)) {
            seen = once(seen, field);
            switch (FOREIGN_FORCES.name(field)) {
                case "presence" -> presence = named(cursor, PRESENCES);
                case "providers" -> providers = allNamed(cursor, COUNTRY_CODES);
                case "hostCanExpel" -> hostCanExpel = flag(cursor);
                default -> throw new NotPlain();
            }
        }
        return new ForeignForces(required(presence), providers, hostCanExpel);
    }

    static ForceLimits forceLimits(JsonCursor cursor) {
        if (!cursor.opens('{')) {
            return null;
        }
        ForceLimit limit = null;
        Integer personnelCeiling = null;
        int seen = 0;
        for (int field = cursor.field(FORCE_LIMITS, RecordFields.END); field != RecordFields.END;
             field = cursor.field(FORCE_LIMITS, field)) {
            seen = once(seen, field);
            switch (FORCE_LIMITS.name(field)) {
                case "limit" -> limit = named(cursor, FORCE_LIMIT_KINDS);
                case "personnelCeiling" -> personnelCeiling = whole(cursor);
                default -> throw new NotPlain();
            }
        }
        if (personnelCeiling != null && personnelCeiling < 0) {
            throw new NotPlain();
        }
        return new ForceLimits(required(limit), personnelCeiling);
    }

    static AggressorCommitments aggressorCommitments(JsonCursor cursor) {
        if (!cursor.opens('{')) {
            return null;
        }
        Boolean nonAggressionLaw = null;
        Boolean armsControl = null;
        int seen = 0;
        for (int field = cursor.field(AGGRESSOR_COMMITMENTS, RecordFields.END); field != RecordFields.END;
             field = cursor.field(AGGRESSOR_COMMITMENTS, field)) {
            seen = once(seen, field);
            switch (AGGRESSOR_COMMITMENTS.name(field)) {
                case "nonAggressionLaw" -> nonAggressionLaw = flag(cursor);
                case "armsControl" -> armsControl = flag(cursor);
                default -> throw new NotPlain();
            }
        }
        return new AggressorCommitments(nonAggressionLaw, armsControl);
    }

    static Grievances grievances(JsonCursor cursor) {
        if (!cursor.opens('{')) {
            return null;
        }
        List<String> redLinesCrossed = null;
        List<String> maximalistAimsUnmet = null;
        int seen = 0;
        for (int field = cursor.field(GRIEVANCES, RecordFields.END); field != RecordFields.END;
             field = cursor.field(GRIEVANCES, field)) {
            seen = once(seen, field);
            switch (GRIEVANCES.name(field)) {
                case "redLinesCrossed" -> redLinesCrossed = allNamed(cursor, COUNTRY_CODES);
                case "maximalistAimsUnmet" -> maximalistAimsUnmet = allNamed(cursor, COUNTRY_CODES);
                default -> throw new NotPlain();
            }
        }
        return new Grievances(redLinesCrossed, maximalistAimsUnmet);
    }
}
