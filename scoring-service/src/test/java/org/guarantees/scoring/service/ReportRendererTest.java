package org.guarantees.scoring.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.guarantees.scoring.config.PackagedRules;
import org.guarantees.scoring.domain.Deal;
import org.guarantees.scoring.domain.DurabilityReport;
import org.guarantees.scoring.domain.HistoricalCase;
import org.junit.jupiter.api.Test;

/**
 * The fast renderer must write, byte for byte, the JSON that Jackson writes for the DurabilityReport record, and for a
 * report the rules produced it should copy pre-rendered parts only, never asking the mapper.
 */
class ReportRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DealRater RATER = PackagedRules.rater();
    private static final CountingMapper RENDERERS_MAPPER = new CountingMapper();
    private static final ReportRenderer RENDERER = new ReportRenderer(RATER.rules(), RENDERERS_MAPPER);

    private static final class CountingMapper extends ObjectMapper {
        private int serializations;

        @Override
        public byte[] writeValueAsBytes(Object value) throws JsonProcessingException {
            serializations++;
            return super.writeValueAsBytes(value);
        }
    }

    /** The benchmark's deal: the 20-point plan of seed 004. */
    private static final String TWENTY_POINT_PLAN = """
            {"title":"20-point plan (seed 004)","year":2026,"protectedState":"UA","potentialAggressor":"RU",
            "aggressorIsGuarantor":false,"aggressorCanVeto":false,"ceasefire":true,"monitoring":"OBSERVERS",
            "separation":"NONE","alliance":"FREE","economicIntegration":"ACCESSION_TIMETABLE","territory":"OPEN",
            "instruments":[{"name":"Article 5-like guarantees (point 5)","legalForm":"SIGNED_AGREEMENT",
            "commitment":"COLLECTIVE_DEFENCE","trigger":"CONSTITUTIONAL_PROCESS","guarantors":["US","GB","FR","DE","PL"],
            "support":["INTELLIGENCE","AIR_DEFENCE","ARMS_AND_FINANCE"]}],"foreignForces":{"presence":"NONE"},
            "forceLimits":{"limit":"PERSONNEL_CEILING","personnelCeiling":800000},
            "aggressorCommitments":{"nonAggressionLaw":true,"armsControl":false}}""";

    private static void assertRenderedAsJacksonWould(Deal deal, String label) throws Exception {
        DurabilityReport report = RATER.rate(deal);
        int serializationsBefore = RENDERERS_MAPPER.serializations;
        String rendered = new String(RENDERER.render(report), StandardCharsets.UTF_8);
        assertEquals(JSON.writeValueAsString(report), rendered, label);
        assertEquals(serializationsBefore, RENDERERS_MAPPER.serializations, label + ": parts left to the mapper");
    }

    @Test
    void theTwentyPointPlanReportIsExactlyJacksonsJson() throws Exception {
        Deal plan = JSON.readValue(TWENTY_POINT_PLAN, Deal.class);
        DurabilityReport report = RATER.rate(plan);
        assertFalse(report.findings().isEmpty());
        assertFalse(report.stressTests().isEmpty());
        assertRenderedAsJacksonWould(plan, "20-point plan");
    }

    @Test
    void voidedFindingsAndAssumptionsAreRenderedExactlyAsJacksonWould() throws Exception {
        String vetoed = TWENTY_POINT_PLAN.replace("\"aggressorIsGuarantor\":false,\"aggressorCanVeto\":false",
                "\"aggressorIsGuarantor\":true,\"aggressorCanVeto\":true");
        Deal withVeto = JSON.readValue(vetoed, Deal.class);
        assertFalse(RATER.rate(withVeto).findings().stream().allMatch(finding -> finding.voidedBy() == null));
        assertRenderedAsJacksonWould(withVeto, "20-point plan with a Russian veto");
        Deal bare = JSON.readValue("{\"protectedState\":\"UA\",\"potentialAggressor\":\"RU\"}", Deal.class);
        assertFalse(RATER.rate(bare).assumptions().isEmpty());
        assertRenderedAsJacksonWould(bare, "a deal with every optional dimension missing");
    }

    @Test
    void anAssumedValueThatDependsOnTheDealIsRenderedExactlyAsJacksonWould() throws Exception {
        Deal bare = JSON.readValue("{\"protectedState\":\"TW\",\"potentialAggressor\":\"CN\"}", Deal.class);
        assertTrue(RATER.rate(bare).assumptions().stream().anyMatch(assumption -> assumption.assumed().equals("[CN]")));
        assertRenderedAsJacksonWould(bare, "a bare deal whose aggressor is assumed to keep its aims");
    }

    @Test
    void everyHistoricalCaseIsRenderedExactlyAsJacksonWould() throws Exception {
        for (HistoricalCase historical : PackagedRules.cases().cases()) {
            assertRenderedAsJacksonWould(historical.deal(), historical.id());
        }
    }
}
