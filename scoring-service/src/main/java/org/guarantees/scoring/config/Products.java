package org.guarantees.scoring.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Boolean algebra on sums of products. A product is {dealSet, dealClear, instrumentSet, instrumentClear}: the bits
 * that must be set and must be clear in the deal's and the instrument's atoms. An empty sum is false; a sum holding
 * the product with no bits is true.
 */
final class Products {
    static final int MAX_PRODUCTS = 256;
    static final List<long[]> FALSE = List.of();
    static final List<long[]> TRUE = List.of(new long[4]);

    private Products() {
    }

    static List<long[]> literal(long dealSet, long dealClear, long instrumentSet, long instrumentClear) {
        return List.of(new long[] {dealSet, dealClear, instrumentSet, instrumentClear});
    }

    static List<long[]> or(List<long[]> a, List<long[]> b) {
        List<long[]> sum = new ArrayList<>(a);
        for (long[] product : b) {
            addDistinct(sum, product);
        }
        return limited(sum);
    }

    static List<long[]> and(List<long[]> a, List<long[]> b) {
        List<long[]> sum = new ArrayList<>();
        for (long[] x : a) {
            for (long[] y : b) {
                long[] both = {x[0] | y[0], x[1] | y[1], x[2] | y[2], x[3] | y[3]};
                if ((both[0] & both[1]) == 0 && (both[2] & both[3]) == 0) {
                    addDistinct(sum, both);
                }
            }
        }
        return limited(sum);
    }

    /** De Morgan: not (p1 or p2 ...) is (not p1) and (not p2) ..., and not p is the sum of its negated literals. */
    static List<long[]> not(List<long[]> a) {
        List<long[]> result = TRUE;
        for (long[] product : a) {
            List<long[]> negated = new ArrayList<>();
            for (int kind = 0; kind < 4; kind++) {
                for (long bits = product[kind]; bits != 0; bits &= bits - 1) {
                    long[] literal = new long[4];
                    literal[kind ^ 1] = Long.lowestOneBit(bits);
                    negated.add(literal);
                }
            }
            result = and(result, negated);
        }
        return result;
    }

    static String describe(List<long[]> products) {
        return products.stream().map(Arrays::toString).sorted().collect(Collectors.joining("|"));
    }

    private static List<long[]> limited(List<long[]> sum) {
        if (sum.size() > MAX_PRODUCTS) {
            throw new TooLarge();
        }
        return sum;
    }

    private static void addDistinct(List<long[]> sum, long[] product) {
        for (long[] existing : sum) {
            if (Arrays.equals(existing, product)) {
                return;
            }
        }
        sum.add(product);
    }

    /** A condition that would expand to more than {@link #MAX_PRODUCTS} products. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("too many products", null, false, false);
        }
    }
}
