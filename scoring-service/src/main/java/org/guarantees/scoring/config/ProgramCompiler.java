package org.guarantees.scoring.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guarantees.scoring.service.Condition;
import org.guarantees.scoring.service.RuleProgram;
import org.guarantees.scoring.service.SumsOfProducts;

/**
 * Flattens the compiled condition trees into a {@link RuleProgram}: every distinct field test becomes a bit, every
 * distinct "some instrument" a derived bit, and every condition a sum of products over those bits. Gives up (returns
 * null, and the rules are then evaluated as trees) when a rules file needs more than 64 bits of a kind or a condition
 * expands to too many products.
 */
final class ProgramCompiler {
    private final AtomSetCompiler dealAtoms = new AtomSetCompiler();
    private final AtomSetCompiler instrumentAtoms = new AtomSetCompiler();
    private final Map<String, Integer> someBits = new LinkedHashMap<>();
    private final List<List<long[]>> someConditions = new ArrayList<>();

    static RuleProgram compile(List<Condition> ruleConditions) {
        ProgramCompiler compiler = new ProgramCompiler();
        try {
            List<List<long[]>> rules = new ArrayList<>();
            for (Condition condition : ruleConditions) {
                rules.add(compiler.products(condition));
            }
            if (compiler.dealAtoms.size() + compiler.someConditions.size() > Long.SIZE) {
                return null;
            }
            return new RuleProgram(compiler.dealAtoms.compile(), compiler.instrumentAtoms.compile(),
                    flatten(compiler.someConditions), flatten(rules));
        } catch (Products.TooLarge e) {
            return null;
        }
    }

    private List<long[]> products(Condition condition) {
        if (condition instanceof FieldTest test) {
            return test.readsInstrument() ? Products.literal(0, 0, instrumentAtoms.bitOf(test), 0)
                    : Products.literal(dealAtoms.bitOf(test), 0, 0, 0);
        }
        if (condition instanceof Connectives.All all) {
            List<long[]> result = Products.TRUE;
            for (Condition part : all.parts()) {
                result = Products.and(result, products(part));
            }
            return result;
        }
        if (condition instanceof Connectives.Any any) {
            List<long[]> result = Products.FALSE;
            for (Condition part : any.parts()) {
                result = Products.or(result, products(part));
            }
            return result;
        }
        if (condition instanceof Connectives.Not not) {
            return Products.not(products(not.inner()));
        }
        if (condition instanceof Connectives.SomeInstrument some) {
            return Products.literal(someBit(some), 0, 0, 0);
        }
        throw new Products.TooLarge();
    }

    private long someBit(Connectives.SomeInstrument some) {
        List<long[]> where = products(some.each());
        String key = Products.describe(where);
        Integer index = someBits.get(key);
        if (index == null) {
            index = someConditions.size();
            someBits.put(key, index);
            someConditions.add(where);
        }
        return 1L << (63 - index);
    }

    private static SumsOfProducts flatten(List<List<long[]>> conditions) {
        int[] starts = new int[conditions.size() + 1];
        List<long[]> all = new ArrayList<>();
        for (int c = 0; c < conditions.size(); c++) {
            all.addAll(conditions.get(c));
            starts[c + 1] = all.size();
        }
        long[] products = new long[all.size() * 4];
        for (int p = 0; p < all.size(); p++) {
            System.arraycopy(all.get(p), 0, products, p * 4, 4);
        }
        return new SumsOfProducts(products, starts);
    }
}
