package org.guarantees.scoring.config;

import java.util.List;
import org.guarantees.scoring.domain.GuaranteeInstrument;
import org.guarantees.scoring.service.Condition;
import org.guarantees.scoring.service.Facts;
import org.guarantees.scoring.service.Operand;

/** A leaf condition: one field, one operator, its operand(s), all checked when the rules file was loaded. */
final class FieldTest implements Condition {
    private final FieldRef field;
    private final Operator op;
    private final Operand operand;
    private final List<Operand> operands;

    FieldTest(FieldRef field, Operator op, Operand operand, List<Operand> operands) {
        this.field = field;
        this.op = op;
        this.operand = operand;
        this.operands = operands;
    }

    @Override
    public boolean test(Facts facts, GuaranteeInstrument instrument) {
        Object value = field.instrumentField() != null ? field.instrumentField().read(instrument)
                : facts.get(field.dealField());
        return switch (op) {
            case MISSING -> value == null;
            case PRESENT -> value != null;
            case IS_EMPTY -> value == null || ((List<?>) value).isEmpty();
            case NOT_EMPTY -> value != null && !((List<?>) value).isEmpty();
            case EQ -> value != null && same(value, operand.resolve(facts));
            case NE -> value == null || !same(value, operand.resolve(facts));
            case IN -> value != null && anySame(value, facts);
            case NOT_IN -> value != null && !anySame(value, facts);
            case LT -> value != null && compare(value, facts) < 0;
            case LE -> value != null && compare(value, facts) <= 0;
            case GT -> value != null && compare(value, facts) > 0;
            case GE -> value != null && compare(value, facts) >= 0;
            case CONTAINS -> value != null && contains((List<?>) value, operand.resolve(facts));
            case CONTAINS_ANY -> value != null && containsAny((List<?>) value, facts);
        };
    }

    private boolean anySame(Object value, Facts facts) {
        for (Operand candidate : operands) {
            if (same(value, candidate.resolve(facts))) {
                return true;
            }
        }
        return false;
    }

    private boolean containsAny(List<?> values, Facts facts) {
        for (Operand candidate : operands) {
            if (contains(values, candidate.resolve(facts))) {
                return true;
            }
        }
        return false;
    }

    private int compare(Object value, Facts facts) {
        return Long.compare(((Number) value).longValue(), ((Number) operand.resolve(facts)).longValue());
    }

    private static boolean contains(List<?> values, Object wanted) {
        for (Object element : values) {
            if (same(element, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() == y.longValue();
        }
        return a.equals(b);
    }
}
