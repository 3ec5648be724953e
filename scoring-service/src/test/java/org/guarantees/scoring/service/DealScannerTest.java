package org.guarantees.scoring.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.guarantees.scoring.config.PackagedRules;
import org.guarantees.scoring.domain.Deal;
import org.junit.jupiter.api.Test;

/** The scanning shortcut takes every plain, valid deal and never answers differently from the thorough read. */
class DealScannerTest {
    private static ShortcutAgreement agreement() {
        return new ShortcutAgreement(PackagedRules.reader());
    }

    @Test
    void everyKnownDealTakesTheShortcutAndIsReadAsDatabindReadsIt() {
        ShortcutAgreement agreement = agreement();
        for (Map.Entry<String, byte[]> known : KnownDeals.all().entrySet()) {
            assertTrue(agreement.check(known.getKey(), known.getValue()), known.getKey() + " missed the shortcut");
        }
    }

    @Test
    void noMutationOfAKnownDealIsTakenUnlessTheThoroughReadAcceptsTheSameDeal() {
        ShortcutAgreement agreement = agreement();
        for (Map.Entry<String, byte[]> known : KnownDeals.shapes().entrySet()) {
            for (DealMutations.Mutant mutant : DealMutations.of(new String(known.getValue(), StandardCharsets.UTF_8))) {
                agreement.check(known.getKey() + " " + mutant.label(), mutant.body());
            }
        }
        assertTrue(agreement.taken >= 1_000, "too few harmless mutants were taken: " + agreement.taken);
        assertTrue(agreement.declined >= 10_000, "too few spoilt mutants were declined: " + agreement.declined);
    }

    @Test
    void noChangeToTheBytesOfAKnownDealIsTakenUnlessTheThoroughReadAcceptsTheSameDeal() {
        ShortcutAgreement agreement = agreement();
        for (Map.Entry<String, byte[]> known : KnownDeals.shapes().entrySet()) {
            for (DealMutations.Mutant mutant : ScannerMutations.of(new String(known.getValue(),
                    StandardCharsets.UTF_8))) {
                agreement.check(known.getKey() + " " + mutant.label(), mutant.body());
            }
        }
        String plan = KnownDeals.benchmarkBody();
        for (DealMutations.Mutant mutant : ScannerMutations.whitespaceBetweenTokens(plan)) {
            assertTrue(agreement.check("benchmark body with " + mutant.label(), mutant.body()), mutant.label());
        }
        String ukrainian = plan.replace("20-point plan", "Ukra\u00efna's 20-point plan");
        for (String body : List.of(plan, ukrainian)) {
            for (DealMutations.Mutant mutant : ScannerMutations.truncations(body.getBytes(StandardCharsets.UTF_8))) {
                agreement.check("benchmark body " + mutant.label(), mutant.body());
            }
        }
        assertTrue(agreement.taken >= 700, "too few harmless mutants were taken: " + agreement.taken);
        assertTrue(agreement.declined >= 20_000, "too few spoilt mutants were declined: " + agreement.declined);
    }

    @Test
    void theShortcutDeclinesWhatItCannotBeSureOf() {
        String plan = KnownDeals.benchmarkBody();
        List<String> unsure = List.of(
                plan.replace("\"ceasefire\":true", "\"ceasefire\":true,\"boots\":\"on the ground\""),
                plan.replace("\"ceasefire\":true", "\"ceasefire\":true,\"ceasefire\":false"),
                plan.replace("\"year\":2026", "\"year\":\"2026\""),
                plan.replace("\"year\":2026", "\"year\":2026.0"),
                plan.replace("\"year\":2026", "\"year\":2.026e3"),
                plan.replace("\"year\":2026", "\"year\":-0"),
                plan.replace("\"year\":2026", "\"year\":02026"),
                plan.replace("\"year\":2026", "\"year\":+2026"),
                plan.replace("\"year\":2026", "\"year\":2147483648"),
                plan.replace("\"year\":2026", "\"year\":-2147483649"),
                plan.replace("\"territory\":\"OPEN\"", "\"territory\":\"open\""),
                plan.replace("\"territory\":\"OPEN\"", "\"territory\":3"),
                plan.replace("\"territory\":\"OPEN\"", "\"territory\":\"\\u004FPEN\""),
                plan.replace("\"territory\":\"OPEN\"", "\"\\u0074erritory\":\"OPEN\""),
                plan.replace("\"protectedState\":\"UA\"", "\"protectedState\":\"UKR\""),
                plan.replace("\"protectedState\":\"UA\"", "\"protectedState\":null"),
                plan.replace("20-point plan", "Ukra\u00efna's 20-point plan"),
                plan.replace("20-point plan", "\\\"20-point\\\" plan"),
                plan.replace("20-point plan", "20-point\\/plan"),
                plan.replace("20-point plan (seed 004)", "x".repeat(201)),
                plan.replace("\"personnelCeiling\":800000", "\"personnelCeiling\":-1"),
                plan.replace("[\"US\",\"GB\",\"FR\",\"DE\",\"PL\"]", "[]"),
                plan.replace("[\"US\",\"GB\",\"FR\",\"DE\",\"PL\"]", "\"US\""),
                plan.replace("\"INTELLIGENCE\",", "\"INTELLIGENCE\",null,"),
                plan.replace("\"INTELLIGENCE\",", "\"INTELLIGENCE\",,"),
                plan.replace("\"ARMS_AND_FINANCE\"]", "\"ARMS_AND_FINANCE\",]"),
                plan.replace("\"armsControl\":false}", "\"armsControl\":false,}"),
                plan.replace("\"ceasefire\":true,", "\"ceasefire\":true"),
                plan.replace("\"ceasefire\":true,", "\"ceasefire\":true,// note\n"),
                plan.replace("\"presence\":\"NONE\"", ""),
                "\uFEFF" + plan,
                plan + " {}",
                plan.substring(0, plan.length() - 1));
        for (String body : unsure) {
            assertNull(DealScanner.read(body.getBytes(StandardCharsets.UTF_8)), body);
        }
    }

    @Test
    void integersAtTheEdgesOfAnIntAreReadExactly() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String plan = KnownDeals.benchmarkBody();
        for (String year : List.of("0", "-1", "2147483647", "-2147483648", "1000000000", "-999999999")) {
            byte[] body = plan.replace("\"year\":2026", "\"year\":" + year).getBytes(StandardCharsets.UTF_8);
            assertEquals(json.readValue(body, Deal.class), DealScanner.read(body), year);
        }
    }
}
