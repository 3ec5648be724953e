package org.guarantees.scoring.domain;

import java.util.List;

public record DurabilityReport(
        int score,
        String band,
        List<SurvivalPoint> survival,
        double expectedYearsOfPeace,
        int horizonYears,
        List<Finding> findings,
        List<Assumption> assumptions,
        List<StressTestResult> stressTests,
        String rulesVersion) {
}
