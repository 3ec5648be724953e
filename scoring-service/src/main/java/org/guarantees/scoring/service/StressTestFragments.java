package org.guarantees.scoring.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.guarantees.scoring.domain.StressTestResult;

/**
 * Each stress test's description (id, title, explanation, source) rendered once, up to the numbers that vary by deal.
 */
final class StressTestFragments {
    private static final byte[] SCORE_FIELD = JacksonBytes.ascii(",\"score\":");

    private final List<StressTest> tests;
    private final byte[][] descriptions;

    StressTestFragments(List<StressTest> tests, ObjectMapper mapper) {
        this.tests = List.copyOf(tests);
        this.descriptions = new byte[tests.size()][];
        for (int i = 0; i < descriptions.length; i++) {
            StressTest test = tests.get(i);
            byte[] json = JacksonBytes.of(mapper, new StressTestResult(test.id(), test.title(), test.explanation(),
                    test.source(), 0, "", 0, 0));
            int end = JacksonBytes.indexOf(json, SCORE_FIELD);
            descriptions[i] = end < 0 ? null : Arrays.copyOf(json, end + SCORE_FIELD.length);
        }
    }

    /**
     * The opening of the result's JSON up to and including {@code ,"score":}, or null unless the result is the test at
     * that position in the rules.
     */
    byte[] descriptionOf(int position, StressTestResult result) {
        if (result == null || position >= descriptions.length) {
            return null;
        }
        StressTest test = tests.get(position);
        boolean describesTest = Objects.equals(test.id(), result.id()) && Objects.equals(test.title(), result.title())
                && Objects.equals(test.explanation(), result.explanation())
                && Objects.equals(test.source(), result.source());
        return describesTest ? descriptions[position] : null;
    }
}
