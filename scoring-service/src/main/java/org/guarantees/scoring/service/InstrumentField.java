package org.guarantees.scoring.service;

import org.guarantees.scoring.domain.*;

/** The fields of one guarantee instrument, readable inside a {@code some: instruments} condition. */
public enum InstrumentField {
    LEGAL_FORM("legalForm", FieldType.ENUM, LegalForm.class),
    GUARANTORS("guarantors", FieldType.COUNTRY_LIST, null),
    COMMITMENT("commitment", FieldType.ENUM, Commitment.class),
    TRIGGER("trigger", FieldType.ENUM, Trigger.class),
    SUPPORT("support", FieldType.ENUM_LIST, Capability.class);

    public final String path;
    public final FieldType type;
    public final Class<? extends Enum<?>> enumType;

    InstrumentField(String path, FieldType type, Class<? extends Enum<?>> enumType) {
        this.path = path;
        this.type = type;
        this.enumType = enumType;
    }

    /** A switch rather than a function per field: one call site that the JIT can inline. */
    public Object read(GuaranteeInstrument instrument) {
        return switch (this) {
            case LEGAL_FORM -> instrument.legalForm();
            case GUARANTORS -> instrument.guarantors();
            case COMMITMENT -> instrument.commitment();
            case TRIGGER -> instrument.trigger();
            case SUPPORT -> instrument.support();
        };
    }

    public static InstrumentField byPath(String path) {
        for (InstrumentField field : values()) {
            if (field.path.equals(path)) {
                return field;
            }
        }
        return null;
    }
}
