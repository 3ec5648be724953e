package org.guarantees.scoring.service;

/**
 * Survival from yearly hazards: S(t) = product over years y <= t of (1 - h_y). Hazards lie in [0, 1), so S never rises.
 * Expected years of peace over the horizon use the mid-year approximation (a war in year y ends peace half-way).
 */
public final class SurvivalCurve {
    private final double[] survival;

    public SurvivalCurve(double[] hazard) {
        survival = new double[hazard.length + 1];
        survival[0] = 1.0;
        for (int year = 1; year <= hazard.length; year++) {
            survival[year] = survival[year - 1] * (1.0 - hazard[year - 1]);
        }
    }

    public double at(int year) {
        return survival[year];
    }

    public double expectedYears() {
        double years = 0;
        for (int year = 1; year < survival.length; year++) {
            years += (survival[year - 1] + survival[year]) / 2.0;
        }
        return years;
    }

    /** 100 means peace is certain to last the whole horizon; 0 that it ends at once. */
    public int score() {
        int horizon = survival.length - 1;
        return (int) Math.round(100.0 * expectedYears() / horizon);
    }
}
