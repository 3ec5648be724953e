package org.guarantees.scoring.service;

import java.util.function.Function;
import org.guarantees.scoring.domain.*;

/** The fields of one guarantee instrument, readable inside a {@code some: instruments} condition. */
public enum InstrumentField {
    LEGAL_FORM("legalForm", FieldType.ENUM, LegalForm.class, GuaranteeInstrument::legalForm),
    GUARANTORS("guarantors", FieldType.COUNTRY_LIST, null, GuaranteeInstrument::guarantors),
    COMMITMENT("commitment", FieldType.ENUM, Commitment.class, GuaranteeInstrument::commitment),
    TRIGGER("trigger", FieldType.ENUM, Trigger.class, GuaranteeInstrument::trigger),
    SUPPORT("support", FieldType.ENUM_LIST, Capability.class, GuaranteeInstrument::support);

    public final String path;
    public final FieldType type;
    public final Class<? extends Enum<?>> enumType;
    private final Function<GuaranteeInstrument, Object> accessor;

    @SuppressWarnings("unchecked")
    InstrumentField(String path, FieldType type, Class<? extends Enum<?>> enumType,
                    Function<GuaranteeInstrument, ?> accessor) {
        this.path = path;
        this.type = type;
        this.enumType = enumType;
        this.accessor = (Function<GuaranteeInstrument, Object>) accessor;
    }

    public Object read(GuaranteeInstrument instrument) {
        return accessor.apply(instrument);
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
