package org.guarantees.scoring.domain;

public record StressTestResult(
        String id,
        String title,
        String explanation,
        String source,
        int score,
        String band,
        int scoreChange,
        double holdingAt20Years) {
}
