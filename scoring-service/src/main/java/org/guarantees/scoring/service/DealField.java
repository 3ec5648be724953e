package org.guarantees.scoring.service;

import org.guarantees.scoring.domain.*;

/** Every Deal field a rule condition may read; {@link Facts} reads them all from a deal in one pass. */
public enum DealField {
    YEAR("year", FieldType.INTEGER, null),
    PROTECTED_STATE("protectedState", FieldType.COUNTRY, null),
    POTENTIAL_AGGRESSOR("potentialAggressor", FieldType.COUNTRY, null),
    INSTRUMENTS("instruments", FieldType.OBJECT_LIST, null),
    AGGRESSOR_IS_GUARANTOR("aggressorIsGuarantor", FieldType.BOOLEAN, null),
    AGGRESSOR_CAN_VETO("aggressorCanVeto", FieldType.BOOLEAN, null),
    CEASEFIRE("ceasefire", FieldType.BOOLEAN, null),
    FOREIGN_PRESENCE("foreignForces.presence", FieldType.ENUM, Presence.class),
    FOREIGN_PROVIDERS("foreignForces.providers", FieldType.COUNTRY_LIST, null),
    HOST_CAN_EXPEL("foreignForces.hostCanExpel", FieldType.BOOLEAN, null),
    MONITORING("monitoring", FieldType.ENUM, Monitoring.class),
    SEPARATION("separation", FieldType.ENUM, Separation.class),
    FORCE_LIMIT("forceLimits.limit", FieldType.ENUM, ForceLimit.class),
    PERSONNEL_CEILING("forceLimits.personnelCeiling", FieldType.INTEGER, null),
    ALLIANCE("alliance", FieldType.ENUM, AllianceStatus.class),
    ECONOMIC_INTEGRATION("economicIntegration", FieldType.ENUM, EconomicIntegration.class),
    TERRITORY("territory", FieldType.ENUM, Territory.class),
    SANCTIONS("sanctions", FieldType.ENUM, Sanctions.class),
    NON_AGGRESSION_LAW("aggressorCommitments.nonAggressionLaw", FieldType.BOOLEAN, null),
    ARMS_CONTROL("aggressorCommitments.armsControl", FieldType.BOOLEAN, null),
    RED_LINES_CROSSED("grievances.redLinesCrossed", FieldType.COUNTRY_LIST, null),
    MAXIMALIST_AIMS_UNMET("grievances.maximalistAimsUnmet", FieldType.COUNTRY_LIST, null),
    MILITARY_BALANCE("militaryBalance", FieldType.ENUM, MilitaryBalance.class);

    public final String path;
    public final FieldType type;
    public final Class<? extends Enum<?>> enumType;

    DealField(String path, FieldType type, Class<? extends Enum<?>> enumType) {
        this.path = path;
        this.type = type;
        this.enumType = enumType;
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
