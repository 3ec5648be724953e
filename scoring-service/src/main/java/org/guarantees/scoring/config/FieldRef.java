package org.guarantees.scoring.config;

import org.guarantees.scoring.service.DealField;
import org.guarantees.scoring.service.FieldType;
import org.guarantees.scoring.service.InstrumentField;

/** A field named in a condition, resolved once at load time to a Deal or instrument accessor. */
record FieldRef(String path, FieldType type, Class<? extends Enum<?>> enumType, DealField dealField,
                InstrumentField instrumentField) {

    static FieldRef resolve(String path, boolean insideInstrument) {
        if (insideInstrument) {
            InstrumentField field = InstrumentField.byPath(path);
            if (field != null) {
                return new FieldRef(path, field.type, field.enumType, null, field);
            }
        }
        DealField field = DealField.byPath(path);
        return field == null ? null : new FieldRef(path, field.type, field.enumType, field, null);
    }

    FieldType elementType() {
        return switch (type) {
            case COUNTRY_LIST -> FieldType.COUNTRY;
            case ENUM_LIST -> FieldType.ENUM;
            default -> type;
        };
    }
}
