package org.guarantees.scoring.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.guarantees.scoring.config.PackagedRules;
import org.guarantees.scoring.domain.DurabilityReport;
import org.guarantees.scoring.domain.HistoricalCase;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

    @Test
    void theFastRendererWritesExactlyWhatJacksonWritesForEveryCase() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        DealRater rater = PackagedRules.rater();
        ReportRenderer renderer = new ReportRenderer(rater.rules(), mapper);
        for (HistoricalCase historical : PackagedRules.cases().cases()) {
            DurabilityReport report = rater.rate(historical.deal());
            assertEquals(mapper.readTree(mapper.writeValueAsBytes(report)), mapper.readTree(renderer.render(report)),
                    historical.id());
        }
    }
}
