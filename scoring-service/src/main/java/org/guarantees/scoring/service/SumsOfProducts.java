package org.guarantees.scoring.service;

/**
 * Conditions flattened to sums of products, all in one array: condition {@code c} holds when one of its products,
 * entries {@code starts[c]} to {@code starts[c + 1] - 1}, holds. A product is four longs: the deal bits it needs set and
 * clear, then the instrument bits it needs set and clear.
 */
public final class SumsOfProducts {
    private final long[] products;
    private final int[] starts;

    public SumsOfProducts(long[] products, int[] starts) {
        this.products = products;
        this.starts = starts;
    }

    public int count() {
        return starts.length - 1;
    }

    boolean holds(int condition, long deal, long instrument) {
        for (int p = starts[condition] * 4, end = starts[condition + 1] * 4; p < end; p += 4) {
            if ((deal & products[p]) == products[p] && (deal & products[p + 1]) == 0
                    && (instrument & products[p + 2]) == products[p + 2] && (instrument & products[p + 3]) == 0) {
                return true;
            }
        }
        return false;
    }
}
