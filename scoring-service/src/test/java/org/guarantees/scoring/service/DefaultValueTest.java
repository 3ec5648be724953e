package org.guarantees.scoring.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.guarantees.scoring.config.PackagedRules;
import org.guarantees.scoring.domain.Assumption;
import org.guarantees.scoring.domain.DurabilityReport;
import org.junit.jupiter.api.Test;

/** An assumption that depends on the deal (the aggressor's aims left unmet) always names that deal's aggressor. */
class DefaultValueTest {
    private static final DealRater RATER = PackagedRules.rater();
    private static final DealReader READER = PackagedRules.reader();

    private static String aimsAssumedFor(String aggressor) {
        String deal = "{\"protectedState\":\"UA\",\"potentialAggressor\":\"" + aggressor + "\"}";
        DurabilityReport report = RATER.rate(READER.read(deal.getBytes(StandardCharsets.UTF_8)).deal());
        return report.assumptions().stream().filter(a -> a.field().equals("grievances.maximalistAimsUnmet"))
                .map(Assumption::assumed).findFirst().orElseThrow();
    }

    @Test
    void dealsWithDifferentAggressorsInTurnEachGetTheirOwnAggressorAssumed() {
        for (int i = 0; i < 3; i++) {
            assertEquals("[RU]", aimsAssumedFor("RU"));
            assertEquals("[RU]", aimsAssumedFor("RU"));
            assertEquals("[BY]", aimsAssumedFor("BY"));
            assertEquals("[GE]", aimsAssumedFor("GE"));
        }
    }
}
