package org.guarantees.scoring.service;

/** What kind of value a Deal field holds, so the rules file can be type-checked when it is loaded. */
public enum FieldType {
    ENUM, BOOLEAN, INTEGER, COUNTRY, COUNTRY_LIST, ENUM_LIST, OBJECT_LIST;

    public boolean isList() {
        return this == COUNTRY_LIST || this == ENUM_LIST || this == OBJECT_LIST;
    }
}
