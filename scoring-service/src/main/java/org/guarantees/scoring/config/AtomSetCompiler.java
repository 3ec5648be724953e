package org.guarantees.scoring.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guarantees.scoring.service.AtomSet;
import org.guarantees.scoring.service.Condition;
import org.guarantees.scoring.service.FieldTable;

/** Gathers the distinct field tests of one scope, each given a bit, and folds those it can into per-field tables. */
final class AtomSetCompiler {
    private final Map<String, Integer> bits = new LinkedHashMap<>();
    private final List<FieldTest> tests = new ArrayList<>();

    /** The bit of this test, shared with every equal test seen before. */
    long bitOf(FieldTest test) {
        Integer index = bits.get(test.key());
        if (index == null) {
            index = tests.size();
            if (index >= Long.SIZE) {
                throw new Products.TooLarge();
            }
            bits.put(test.key(), index);
            tests.add(test);
        }
        return 1L << index;
    }

    int size() {
        return tests.size();
    }

    AtomSet compile() {
        Map<Object, TableUnderConstruction> tables = new LinkedHashMap<>();
        List<Condition> others = new ArrayList<>();
        List<Long> otherBits = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            FieldTest test = tests.get(i);
            boolean[] answers = test.answersByValue();
            if (answers == null) {
                others.add(test);
                otherBits.add(1L << i);
                continue;
            }
            tables.computeIfAbsent(test.field(), field -> new TableUnderConstruction(test, answers.length))
                    .add(1L << i, answers, test.answerWhenMissing());
        }
        List<FieldTable> built = tables.values().stream().map(TableUnderConstruction::build).toList();
        return new AtomSet(built, others, otherBits.stream().mapToLong(Long::longValue).toArray());
    }

    private static final class TableUnderConstruction {
        private final FieldTest sample;
        private final long[] bitsByValue;
        private long bitsWhenMissing;

        TableUnderConstruction(FieldTest sample, int values) {
            this.sample = sample;
            this.bitsByValue = new long[values];
        }

        TableUnderConstruction add(long bit, boolean[] answers, boolean whenMissing) {
            for (int value = 0; value < answers.length; value++) {
                bitsByValue[value] |= answers[value] ? bit : 0;
            }
            bitsWhenMissing |= whenMissing ? bit : 0;
            return this;
        }

        FieldTable build() {
            return sample.table(bitsByValue, bitsWhenMissing);
        }
    }
}
