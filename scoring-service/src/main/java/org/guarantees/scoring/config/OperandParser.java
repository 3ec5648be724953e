package org.guarantees.scoring.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.guarantees.scoring.domain.CountryCodeValidator;
import org.guarantees.scoring.service.DealField;
import org.guarantees.scoring.service.FieldType;
import org.guarantees.scoring.service.Operand;

/** Turns a value written in the rules file into a typed operand, rejecting values the field can never hold. */
final class OperandParser {
    static final String AGGRESSOR = "$aggressor";
    static final String PROTECTED = "$protected";

    private OperandParser() {
    }

    static Operand scalar(JsonNode node, FieldType type, Class<? extends Enum<?>> enumType, String where) {
        if (node == null || node.isNull()) {
            throw new RulesFileException(where + ": a value is required");
        }
        return switch (type) {
            case BOOLEAN -> {
                require(node.isBoolean(), where, "expected true or false, got " + node);
                yield Operand.constant(node.booleanValue());
            }
            case INTEGER -> {
                require(node.isIntegralNumber(), where, "expected a whole number, got " + node);
                yield Operand.constant(node.intValue());
            }
            case ENUM -> Operand.constant(enumConstant(node, enumType, where));
            case COUNTRY -> country(node, where);
            default -> throw new RulesFileException(where + ": a " + type + " field cannot be compared to one value");
        };
    }

    static List<Operand> list(JsonNode node, FieldType type, Class<? extends Enum<?>> enumType, String where) {
        require(node != null && node.isArray(), where, "expected a list of values, got " + node);
        List<Operand> operands = new ArrayList<>();
        node.forEach(element -> operands.add(scalar(element, type, enumType, where)));
        return operands;
    }

    private static Operand country(JsonNode node, String where) {
        require(node.isTextual(), where, "expected a country code, got " + node);
        String code = node.textValue();
        if (AGGRESSOR.equals(code)) {
            return Operand.fieldOf(DealField.POTENTIAL_AGGRESSOR);
        }
        if (PROTECTED.equals(code)) {
            return Operand.fieldOf(DealField.PROTECTED_STATE);
        }
        require(CountryCodeValidator.isKnown(code), where,
                "'" + code + "' is not an ISO 3166-1 alpha-2 code, EU, NATO, UN, $aggressor or $protected");
        return Operand.constant(code);
    }

    private static Enum<?> enumConstant(JsonNode node, Class<? extends Enum<?>> enumType, String where) {
        Enum<?>[] constants = enumType.getEnumConstants();
        if (node.isTextual()) {
            for (Enum<?> constant : constants) {
                if (constant.name().equals(node.textValue())) {
                    return constant;
                }
            }
        }
        throw new RulesFileException(where + ": " + node + " is not one of " + Arrays.toString(constants));
    }

    private static void require(boolean ok, String where, String problem) {
        if (!ok) {
            throw new RulesFileException(where + ": " + problem);
        }
    }
}
