package org.guarantees.scoring.config;

import java.util.List;

/** Checks the baseline hazard curve: yearly probabilities in (0, 1), never rising (the first years are riskiest). */
final class BaselineCheck {
    private static final double DEFAULT_MAX_HAZARD = 0.9;

    private BaselineCheck() {
    }

    static int horizon(RulesDocument.Baseline baseline) {
        return hazards(baseline).length;
    }

    static double[] hazards(RulesDocument.Baseline baseline) {
        if (baseline == null || baseline.yearlyHazard() == null || baseline.yearlyHazard().size() < 20) {
            throw new RulesFileException("baseline.yearlyHazard must give at least 20 yearly hazards");
        }
        Checks.text(baseline.basis(), "baseline.basis");
        List<Double> list = baseline.yearlyHazard();
        double[] hazards = new double[list.size()];
        for (int i = 0; i < hazards.length; i++) {
            Double h = list.get(i);
            if (h == null || !(h > 0 && h < 1)) {
                throw new RulesFileException("baseline.yearlyHazard year " + (i + 1) + " must lie in (0, 1)");
            }
            if (i > 0 && h > hazards[i - 1]) {
                throw new RulesFileException("baseline.yearlyHazard year " + (i + 1)
                        + " is higher than the year before; risk is highest right after a ceasefire");
            }
            hazards[i] = h;
        }
        return hazards;
    }

    static double maxHazard(RulesDocument.Baseline baseline) {
        Double max = baseline.maxYearlyHazard();
        if (max == null) {
            return DEFAULT_MAX_HAZARD;
        }
        if (!(max > 0 && max < 1)) {
            throw new RulesFileException("baseline.maxYearlyHazard must lie in (0, 1)");
        }
        return max;
    }

    static int[] reportYears(List<Integer> years, int horizon) {
        if (years == null || years.isEmpty()) {
            throw new RulesFileException("reportYears must list the years to report survival at");
        }
        int[] result = new int[years.size()];
        for (int i = 0; i < result.length; i++) {
            Integer year = years.get(i);
            if (year == null || year < 1 || year > horizon || (i > 0 && year <= result[i - 1])) {
                throw new RulesFileException("reportYears must rise within 1.." + horizon);
            }
            result[i] = year;
        }
        return result;
    }
}
