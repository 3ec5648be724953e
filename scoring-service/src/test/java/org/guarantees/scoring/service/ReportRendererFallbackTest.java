package org.guarantees.scoring.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.guarantees.scoring.config.PackagedRules;
import org.guarantees.scoring.domain.Assumption;
import org.guarantees.scoring.domain.Deal;
import org.guarantees.scoring.domain.DurabilityReport;
import org.guarantees.scoring.domain.Finding;
import org.guarantees.scoring.domain.HistoricalCase;
import org.guarantees.scoring.domain.StressTestResult;
import org.guarantees.scoring.domain.SurvivalPoint;
import org.junit.jupiter.api.Test;

/**
 * Reports the rules cannot produce (texts that need escaping, numbers that are not rounded, nulls) take the renderer's
 * slow paths, which must still write exactly what Jackson writes.
 */
class ReportRendererFallbackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DealRater RATER = PackagedRules.rater();
    private static final ReportRenderer RENDERER = new ReportRenderer(RATER.rules(), JSON);
    private static final String AWKWARD = "quote \" backslash \\ slash / é 漢字 😀 tab \t newline \n nul \u0000 del \u007f";

    private static DurabilityReport bareReport(String aggressor) throws Exception {
        return RATER.rate(JSON.readValue("{\"protectedState\":\"UA\",\"potentialAggressor\":\"" + aggressor + "\"}",
                Deal.class));
    }

    private static void assertRenderedAsJacksonWould(ReportRenderer renderer, ObjectMapper mapper,
            DurabilityReport report) throws Exception {
        byte[] expected = mapper.writeValueAsBytes(report);
        byte[] rendered = renderer.render(report);
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(rendered, StandardCharsets.UTF_8));
        assertArrayEquals(expected, rendered);
    }

    @Test
    void textsThatNeedEscapingAreRenderedExactlyAsJacksonWould() throws Exception {
        DurabilityReport rated = bareReport("RU");
        Assumption firstDefault = rated.assumptions().get(0);
        List<Assumption> assumptions = new ArrayList<>(rated.assumptions());
        assumptions.add(new Assumption(firstDefault.field(), AWKWARD, firstDefault.reason()));
        assumptions.add(new Assumption(firstDefault.field(), "NONE", AWKWARD));
        assumptions.add(new Assumption(AWKWARD, "NONE", firstDefault.reason()));
        assumptions.add(new Assumption(null, null, null));
        Finding known = RATER.rules().rules().get(0).finding();
        List<Finding> findings = List.of(known, known.voidedBy(AWKWARD),
                new Finding(AWKWARD, AWKWARD, 1.5, 1, 20, AWKWARD, AWKWARD, AWKWARD, null));
        StressTestResult stressed = rated.stressTests().get(0);
        List<StressTestResult> results = List.of(stressed,
                new StressTestResult(AWKWARD, stressed.title(), stressed.explanation(), stressed.source(), 3, AWKWARD,
                        -97, 0.125),
                new StressTestResult(null, null, null, null, 0, null, 0, 0));
        DurabilityReport report = new DurabilityReport(rated.score(), AWKWARD, rated.survival(),
                rated.expectedYearsOfPeace(), rated.horizonYears(), findings, assumptions, results, AWKWARD);
        assertRenderedAsJacksonWould(RENDERER, JSON, report);
    }

    @Test
    void numbersOutsideTheRoundedOnesAreRenderedExactlyAsJacksonWould() throws Exception {
        DurabilityReport rated = bareReport("RU");
        List<SurvivalPoint> survival = new ArrayList<>();
        for (double probability : new double[] {0, -0.0, 1, 1.0005, 0.1 + 0.2, 1e-7, 1e21, -2.5, Double.NaN,
                Double.POSITIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE}) {
            survival.add(new SurvivalPoint(survival.size() - 5, probability));
        }
        survival.add(null);
        for (double expectedYears : new double[] {14.2, 20, 200.5, Double.NEGATIVE_INFINITY, -0.0}) {
            DurabilityReport report = new DurabilityReport(Integer.MIN_VALUE, rated.band(), survival, expectedYears,
                    Integer.MAX_VALUE, rated.findings(), rated.assumptions(), rated.stressTests(),
                    rated.rulesVersion());
            assertRenderedAsJacksonWould(RENDERER, JSON, report);
        }
    }

    @Test
    void missingPartsAreRenderedExactlyAsJacksonWould() throws Exception {
        DurabilityReport rated = bareReport("RU");
        assertRenderedAsJacksonWould(RENDERER, JSON,
                new DurabilityReport(0, null, null, 0, 0, null, null, null, null));
        assertRenderedAsJacksonWould(RENDERER, JSON, new DurabilityReport(0, null, Collections.singletonList(null),
                0, 0, Collections.singletonList(null), Collections.singletonList(null),
                Collections.singletonList(null), null));
        assertRenderedAsJacksonWould(RENDERER, JSON, new DurabilityReport(1, rated.band(), List.of(), 1, 1, List.of(),
                List.of(), List.of(), rated.rulesVersion()));
        assertEquals("null", new String(RENDERER.render(null), StandardCharsets.UTF_8));
    }

    @Test
    void aReportLargerThanTheReusedBufferIsRenderedWhole() throws Exception {
        DurabilityReport rated = RATER.rate(PackagedRules.cases().cases().get(0).deal());
        List<Finding> manyFindings = new ArrayList<>();
        for (int copy = 0; copy < 200; copy++) {
            manyFindings.addAll(RATER.rules().rules().stream().map(CompiledRule::finding).toList());
        }
        DurabilityReport huge = new DurabilityReport(rated.score(), rated.band(), rated.survival(),
                rated.expectedYearsOfPeace(), rated.horizonYears(), manyFindings, rated.assumptions(),
                rated.stressTests(), rated.rulesVersion());
        assertRenderedAsJacksonWould(RENDERER, JSON, huge);
        assertRenderedAsJacksonWould(RENDERER, JSON, rated);
    }

    @Test
    void eachReportIsAFreshArrayTheCallerOwns() throws Exception {
        DurabilityReport first = bareReport("RU");
        byte[] rendered = RENDERER.render(first);
        byte[] copy = rendered.clone();
        byte[] other = RENDERER.render(bareReport("BY"));
        assertNotSame(rendered, other);
        assertArrayEquals(copy, rendered);
        assertArrayEquals(JSON.writeValueAsBytes(first), rendered);
    }

    @Test
    void aMapperThatWritesDifferentlyIsFollowed() throws Exception {
        ObjectMapper indenting = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ReportRenderer renderer = new ReportRenderer(RATER.rules(), indenting);
        assertRenderedAsJacksonWould(renderer, indenting, bareReport("RU"));
        for (HistoricalCase historical : PackagedRules.cases().cases()) {
            assertRenderedAsJacksonWould(renderer, indenting, RATER.rate(historical.deal()));
        }
    }
}
