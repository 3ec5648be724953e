package org.guarantees.scoring.service;

import java.util.function.Function;
import org.guarantees.scoring.domain.*;

/** Every Deal field a rule condition may read, with a plain accessor (no reflection at rating time). */
public enum DealField {
    YEAR("year", FieldType.INTEGER, null, Deal::year),
    PROTECTED_STATE("protectedState", FieldType.COUNTRY, null, Deal::protectedState),
    POTENTIAL_AGGRESSOR("potentialAggressor", FieldType.COUNTRY, null, Deal::potentialAggressor),
    INSTRUMENTS("instruments", FieldType.OBJECT_LIST, null, Deal::instruments),
    AGGRESSOR_IS_GUARANTOR("aggressorIsGuarantor", FieldType.BOOLEAN, null, Deal::aggressorIsGuarantor),
    AGGRESSOR_CAN_VETO("aggressorCanVeto", FieldType.BOOLEAN, null, Deal::aggressorCanVeto),
    CEASEFIRE("ceasefire", FieldType.BOOLEAN, null, Deal::ceasefire),
    FOREIGN_PRESENCE("foreignForces.presence", FieldType.ENUM, Presence.class,
            d -> d.foreignForces() == null ? null : d.foreignForces().presence()),
    FOREIGN_PROVIDERS("foreignForces.providers", FieldType.COUNTRY_LIST, null,
            d -> d.foreignForces() == null ? null : d.foreignForces().providers()),
    HOST_CAN_EXPEL("foreignForces.hostCanExpel", FieldType.BOOLEAN, null,
            d -> d.foreignForces() == null ? null : d.foreignForces().hostCanExpel()),
    MONITORING("monitoring", FieldType.ENUM, Monitoring.class, Deal::monitoring),
    SEPARATION("separation", FieldType.ENUM, Separation.class, Deal::separation),
    FORCE_LIMIT("forceLimits.limit", FieldType.ENUM, ForceLimit.class,
            d -> d.forceLimits() == null ? null : d.forceLimits().limit()),
    PERSONNEL_CEILING("forceLimits.personnelCeiling", FieldType.INTEGER, null,
            d -> d.forceLimits() == null ? null : d.forceLimits().personnelCeiling()),
    ALLIANCE("alliance", FieldType.ENUM, AllianceStatus.class, Deal::alliance),
    ECONOMIC_INTEGRATION("economicIntegration", FieldType.ENUM, EconomicIntegration.class, Deal::economicIntegration),
    TERRITORY("territory", FieldType.ENUM, Territory.class, Deal::territory),
    SANCTIONS("sanctions", FieldType.ENUM, Sanctions.class, Deal::sanctions),
    NON_AGGRESSION_LAW("aggressorCommitments.nonAggressionLaw", FieldType.BOOLEAN, null,
            d -> d.aggressorCommitments() == null ? null : d.aggressorCommitments().nonAggressionLaw()),
    ARMS_CONTROL("aggressorCommitments.armsControl", FieldType.BOOLEAN, null,
            d -> d.aggressorCommitments() == null ? null : d.aggressorCommitments().armsControl()),
    RED_LINES_CROSSED("grievances.redLinesCrossed", FieldType.COUNTRY_LIST, null,
            d -> d.grievances() == null ? null : d.grievances().redLinesCrossed()),
    MAXIMALIST_AIMS_UNMET("grievances.maximalistAimsUnmet", FieldType.COUNTRY_LIST, null,
            d -> d.grievances() == null ? null : d.grievances().maximalistAimsUnmet()),
    MILITARY_BALANCE("militaryBalance", FieldType.ENUM, MilitaryBalance.class, Deal::militaryBalance);

    public final String path;
    public final FieldType type;
    public final Class<? extends Enum<?>> enumType;
    private final Function<Deal, Object> accessor;

    @SuppressWarnings("unchecked")
    DealField(String path, FieldType type, Class<? extends Enum<?>> enumType, Function<Deal, ?> accessor) {
        this.path = path;
        this.type = type;
        this.enumType = enumType;
        this.accessor = (Function<Deal, Object>) accessor;
    }

    public Object read(Deal deal) {
        return accessor.apply(deal);
    }

    public static DealField byPath(String path) {
        for (DealField field : values()) {
            if (field.path.equals(path)) {
                return field;
            }
        }
        return null;
    }
}
