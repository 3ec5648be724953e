package org.guarantees.scoring.service;

import static org.guarantees.scoring.service.ByteNames.COUNTRY_CODES;
import static org.guarantees.scoring.service.PlainValues.flag;
import static org.guarantees.scoring.service.PlainValues.named;
import static org.guarantees.scoring.service.PlainValues.once;
import static org.guarantees.scoring.service.PlainValues.required;
import static org.guarantees.scoring.service.PlainValues.shortText;
import static org.guarantees.scoring.service.PlainValues.whole;

import java.util.List;
import org.guarantees.scoring.domain.*;

/**
 * Reads a plain, valid Deal straight off the body's bytes, without a JSON parser, databind or the separate QuickCheck
 * pass. It is only a shortcut: on anything it is not sure of (an escape or non-ASCII text, a number in another form,
 * an unknown or repeated field, a value databind would have to coerce, a constraint QuickCheck would fail, malformed
 * JSON) it answers null and the caller reads the body the thorough way, so what it accepts is exactly what databind
 * would read and QuickCheck would pass.
 */
final class DealScanner {
    private static final RecordFields DEAL = new RecordFields(Deal.class);
    private static final ByteNames<Monitoring> MONITORING = ByteNames.constantsOf(Monitoring.class);
    private static final ByteNames<Separation> SEPARATION = ByteNames.constantsOf(Separation.class);
    private static final ByteNames<AllianceStatus> ALLIANCE = ByteNames.constantsOf(AllianceStatus.class);
    private static final ByteNames<EconomicIntegration> ECONOMIC_INTEGRATION =
            ByteNames.constantsOf(EconomicIntegration.class);
    private static final ByteNames<Territory> TERRITORY = ByteNames.constantsOf(Territory.class);
    private static final ByteNames<Sanctions> SANCTIONS = ByteNames.constantsOf(Sanctions.class);
    private static final ByteNames<MilitaryBalance> MILITARY_BALANCE = ByteNames.constantsOf(MilitaryBalance.class);

    private DealScanner() {
    }

    /** The deal, or null when the body is not a plain, valid deal. */
    static Deal read(byte[] json) {
        JsonCursor cursor = new JsonCursor(json);
        try {
            Deal deal = deal(cursor);
            return cursor.atEnd() ? deal : null;
        } catch (NotPlain notPlainOrMalformed) {
            return null;
        }
    }

    private static Deal deal(JsonCursor cursor) {
        if (!cursor.opens('{')) {
            throw new NotPlain();
        }
        String title = null;
        Integer year = null;
        String protectedState = null;
        String potentialAggressor = null;
        List<GuaranteeInstrument> instruments = null;
        Boolean aggressorIsGuarantor = null;
        Boolean aggressorCanVeto = null;
        Boolean ceasefire = null;
        ForeignForces foreignForces = null;
        Monitoring monitoring = null;
        Separation separation = null;
        ForceLimits forceLimits = null;
        AllianceStatus alliance = null;
        EconomicIntegration economicIntegration = null;
        Territory territory = null;
        Sanctions sanctions = null;
        AggressorCommitments aggressorCommitments = null;
        Grievances grievances = null;
        MilitaryBalance militaryBalance = null;
        int seen = 0;
        for (int field = cursor.field(DEAL, RecordFields.END); field != RecordFields.END;
             field = cursor.field(DEAL, field)) {
            seen = once(seen, field);
            switch (DEAL.name(field)) {
                case "title" -> title = shortText(cursor);
                case "year" -> year = whole(cursor);
                case "protectedState" -> protectedState = named(cursor, COUNTRY_CODES);
                case "potentialAggressor" -> potentialAggressor = named(cursor, COUNTRY_CODES);
                case "instruments" -> instruments = InstrumentsScanner.instruments(cursor);
                case "aggressorIsGuarantor" -> aggressorIsGuarantor = flag(cursor);
                case "aggressorCanVeto" -> aggressorCanVeto = flag(cursor);
                case "ceasefire" -> ceasefire = flag(cursor);
                case "foreignForces" -> foreignForces = DealPartsScanner.foreignForces(cursor);
                case "monitoring" -> monitoring = named(cursor, MONITORING);
                case "separation" -> separation = named(cursor, SEPARATION);
                case "forceLimits" -> forceLimits = DealPartsScanner.forceLimits(cursor);
                case "alliance" -> alliance = named(cursor, ALLIANCE);
                case "economicIntegration" -> economicIntegration = named(cursor, ECONOMIC_INTEGRATION);
                case "territory" -> territory = named(cursor, TERRITORY);
                case "sanctions" -> sanctions = named(cursor, SANCTIONS);
                case "aggressorCommitments" -> aggressorCommitments = DealPartsScanner.aggressorCommitments(cursor);
                case "grievances" -> grievances = DealPartsScanner.grievances(cursor);
                case "militaryBalance" -> militaryBalance = named(cursor, MILITARY_BALANCE);
                default -> throw new NotPlain();
            }
        }
        return new Deal(title, year, required(protectedState), required(potentialAggressor), instruments,
                aggressorIsGuarantor, aggressorCanVeto, ceasefire, foreignForces, monitoring, separation, forceLimits,
                alliance, economicIntegration, territory, sanctions, aggressorCommitments, grievances,
                militaryBalance);
    }
}
