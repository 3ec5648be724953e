package org.guarantees.scoring.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.guarantees.scoring.config.ActiveRules;
import org.junit.jupiter.api.Test;

/**
 * The service's own ObjectMapper, with Quarkus' customisation, reads whatever the scanning shortcut takes as the same
 * deal: an explicit null, for one, must still mean the same as a missing field.
 */
@QuarkusTest
class DealScannerWithTheServiceMapperTest {
    @Inject
    ActiveRules rules;

    @Test
    void theServicesMapperReadsWhatTheShortcutTakesAsTheSameDeal() {
        ShortcutAgreement agreement = new ShortcutAgreement(rules.dealReader());
        for (Map.Entry<String, byte[]> known : KnownDeals.all().entrySet()) {
            assertTrue(agreement.check(known.getKey(), known.getValue()), known.getKey() + " missed the shortcut");
        }
        for (String deal : new String[] {KnownDeals.benchmarkBody(), KnownDeals.EVERY_FIELD}) {
            for (DealMutations.Mutant mutant : DealMutations.of(deal)) {
                agreement.check(mutant.label(), mutant.body());
            }
            for (DealMutations.Mutant mutant : ScannerMutations.of(deal)) {
                agreement.check(mutant.label(), mutant.body());
            }
        }
        assertTrue(agreement.taken >= 200, "too few harmless mutants were taken: " + agreement.taken);
        assertTrue(agreement.declined >= 1_000, "too few spoilt mutants were declined: " + agreement.declined);
    }
}
