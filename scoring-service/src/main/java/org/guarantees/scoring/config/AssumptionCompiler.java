package org.guarantees.scoring.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.guarantees.scoring.config.RulesDocument.AssumptionEntry;
import org.guarantees.scoring.service.DealField;
import org.guarantees.scoring.service.DefaultValue;
import org.guarantees.scoring.service.FieldType;
import org.guarantees.scoring.service.Operand;

/** Compiles the values assumed for fields a deal leaves out. */
final class AssumptionCompiler {

    List<DefaultValue> compile(List<AssumptionEntry> entries) {
        List<DefaultValue> defaults = new ArrayList<>();
        Set<DealField> seen = EnumSet.noneOf(DealField.class);
        for (AssumptionEntry entry : entries == null ? List.<AssumptionEntry>of() : entries) {
            String label = "assumption for '" + entry.field() + "'";
            DealField field = DealField.byPath(entry.field());
            if (field == null) {
                throw new RulesFileException(label + ": unknown field");
            }
            if (!seen.add(field)) {
                throw new RulesFileException(label + ": given twice");
            }
            Checks.text(entry.reason(), label + ": reason");
            defaults.add(DefaultValue.of(field, value(entry.value(), field, label), entry.reason()));
        }
        return List.copyOf(defaults);
    }

    private static Operand value(JsonNode node, DealField field, String label) {
        if (field.type == FieldType.OBJECT_LIST) {
            if (node == null || !node.isArray() || !node.isEmpty()) {
                throw new RulesFileException(label + ": only an empty list can be assumed");
            }
            return Operand.constant(List.of());
        }
        if (field.type == FieldType.COUNTRY_LIST || field.type == FieldType.ENUM_LIST) {
            FieldType element = field.type == FieldType.COUNTRY_LIST ? FieldType.COUNTRY : FieldType.ENUM;
            List<Operand> parts = OperandParser.list(node, element, field.enumType, label);
            if (parts.stream().allMatch(part -> part instanceof Operand.Constant)) {
                return Operand.constant(parts.stream().map(part -> part.resolve(null)).toList());
            }
            return new Operand.ListOf(parts.toArray(Operand[]::new));
        }
        return OperandParser.scalar(node, field.type, field.enumType, label);
    }
}
