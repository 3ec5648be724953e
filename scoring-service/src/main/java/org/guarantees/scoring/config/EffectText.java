package org.guarantees.scoring.config;

import java.util.List;
import java.util.Locale;

/** The plain-words effect of a rule, shown to students beside its factor. */
final class EffectText {
    private EffectText() {
    }

    static String describe(double factor, int from, int to, int horizon, List<String> voids) {
        String years = from == 1 && to == horizon ? "" : from == to ? " in year " + from
                : " in years " + from + "-" + to;
        long percent = Math.round(Math.abs(1 - factor) * 100);
        String change = factor < 1 ? "cuts the yearly risk of renewed war by " + percent + "%"
                : factor > 1 ? "raises the yearly risk of renewed war by " + percent + "%"
                : "earns no credit";
        String voided = voids.isEmpty() ? "" : "; voids " + String.join(", ", voids);
        return change + years + String.format(Locale.ROOT, " (x%.2f)", factor) + voided;
    }
}
