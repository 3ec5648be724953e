package org.guarantees.scoring.config;

import java.util.List;
import org.guarantees.scoring.domain.GuaranteeInstrument;
import org.guarantees.scoring.service.Condition;
import org.guarantees.scoring.service.DealField;
import org.guarantees.scoring.service.Facts;
import org.guarantees.scoring.service.FieldTable;
import org.guarantees.scoring.service.FieldType;
import org.guarantees.scoring.service.InstrumentField;
import org.guarantees.scoring.service.Operand;

/**
 * A leaf condition: one field, one operator, its operand(s), all checked when the rules file was loaded. It runs for
 * every rule of every rating, so the comparison is settled at load time: numbers compare as longs, enums by identity,
 * and an operator without a value or with a single value never touches the operand list.
 */
final class FieldTest extends Condition {
    private final DealField dealField;
    private final InstrumentField instrumentField;
    private final Operator op;
    private final boolean numeric;
    private final Operand operand;
    private final Operand[] operands;
    private final boolean booleanField;
    /** For an enum or boolean field compared to constants: the answer for each possible value, by ordinal (or 0/1). */
    private final boolean[] answers;

    FieldTest(FieldRef field, Operator op, Operand operand, List<Operand> operands) {
        this.dealField = field.dealField();
        this.instrumentField = field.instrumentField();
        this.op = op;
        this.numeric = field.elementType() == FieldType.INTEGER;
        this.operand = operand;
        this.operands = operands.toArray(Operand[]::new);
        this.booleanField = field.type() == FieldType.BOOLEAN;
        this.answers = answersByValue(field);
    }

    private boolean[] answersByValue(FieldRef field) {
        boolean comparison = op == Operator.EQ || op == Operator.NE || op == Operator.IN || op == Operator.NOT_IN;
        boolean constant = (operand == null || operand instanceof Operand.Constant)
                && java.util.Arrays.stream(operands).allMatch(each -> each instanceof Operand.Constant);
        if (!comparison || !constant || (field.type() != FieldType.ENUM && !booleanField)) {
            return null;
        }
        Object[] values = booleanField ? new Object[] {false, true} : field.enumType().getEnumConstants();
        boolean[] table = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            table[i] = holds(values[i], null);
        }
        return table;
    }

    /** Two tests with the same key always agree, so a rule program runs each distinct test once. */
    String key() {
        return (dealField != null ? dealField.path : "instrument." + instrumentField.path) + ' ' + op + ' ' + operand
                + ' ' + java.util.Arrays.toString(operands);
    }

    boolean readsInstrument() {
        return instrumentField != null;
    }

    /** The field this test reads: a DealField or an InstrumentField. */
    Object field() {
        return dealField != null ? dealField : instrumentField;
    }

    /** For an enum or boolean field compared to constants, the answer for each value; otherwise null. */
    boolean[] answersByValue() {
        return answers == null ? null : answers.clone();
    }

    boolean answerWhenMissing() {
        return holds(null, null);
    }

    FieldTable table(long[] bitsByValue, long bitsWhenMissing) {
        return new FieldTable(dealField, instrumentField, booleanField, bitsByValue, bitsWhenMissing);
    }

    @Override
    public boolean test(Facts facts, GuaranteeInstrument instrument) {
        Object value = instrumentField != null ? instrumentField.read(instrument) : facts.get(dealField);
        if (answers != null && value != null) {
            return answers[booleanField ? ((Boolean) value ? 1 : 0) : ((Enum<?>) value).ordinal()];
        }
        return holds(value, facts);
    }

    private boolean holds(Object value, Facts facts) {
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

    private boolean contains(List<?> values, Object wanted) {
        for (int i = 0, size = values.size(); i < size; i++) {
            if (same(values.get(i), wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Enum constants are singletons, so identity decides for them without a call to equals. */
    private boolean same(Object a, Object b) {
        if (numeric) {
            return ((Number) a).longValue() == ((Number) b).longValue();
        }
        return a == b || (!(a instanceof Enum) && a.equals(b));
    }
}
