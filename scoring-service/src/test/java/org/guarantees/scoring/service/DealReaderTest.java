package org.guarantees.scoring.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.guarantees.scoring.config.PackagedRules;
import org.guarantees.scoring.domain.Deal;
import org.guarantees.scoring.domain.HistoricalCase;
import org.junit.jupiter.api.Test;

/** The fast pre-check must never let through a deal that bean validation rejects. */
class DealReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode valid() {
        ObjectNode deal = JSON.createObjectNode().put("protectedState", "UA").put("potentialAggressor", "RU");
        ObjectNode instrument = deal.putArray("instruments").addObject().put("legalForm", "RATIFIED_TREATY")
                .put("commitment", "COLLECTIVE_DEFENCE").put("trigger", "AUTOMATIC");
        instrument.putArray("guarantors").add("US");
        instrument.putArray("support").add("AIR_DEFENCE");
        deal.putObject("foreignForces").put("presence", "MONITORS").putArray("providers").add("FR");
        deal.putObject("forceLimits").put("limit", "PERSONNEL_CEILING").put("personnelCeiling", 100);
        deal.putObject("grievances").putArray("redLinesCrossed").add("RU");
        return deal;
    }

    @Test
    void theQuickCheckAgreesWithBeanValidationOnValidAndBrokenDeals() throws Exception {
        List<Consumer<ObjectNode>> breakages = List.of(
                d -> d.remove("protectedState"),
                d -> d.put("potentialAggressor", "XX"),
                d -> d.put("title", "x".repeat(201)),
                d -> ((ObjectNode) d.get("instruments").get(0)).remove("trigger"),
                d -> ((ObjectNode) d.get("instruments").get(0)).remove("legalForm"),
                d -> ((ObjectNode) d.get("instruments").get(0)).remove("commitment"),
                d -> ((ObjectNode) d.get("instruments").get(0)).put("name", "y".repeat(201)),
                d -> ((ObjectNode) d.get("instruments").get(0)).putArray("guarantors"),
                d -> ((ArrayNode) d.get("instruments").get(0).get("guarantors")).add("QQ"),
                d -> ((ArrayNode) d.get("instruments").get(0).get("support")).addNull(),
                d -> ((ArrayNode) d.get("instruments")).addNull(),
                d -> ((ObjectNode) d.get("foreignForces")).remove("presence"),
                d -> ((ArrayNode) d.get("foreignForces").get("providers")).add("ZZ"),
                d -> ((ObjectNode) d.get("forceLimits")).remove("limit"),
                d -> ((ObjectNode) d.get("forceLimits")).put("personnelCeiling", -1),
                d -> ((ArrayNode) d.get("grievances").get("redLinesCrossed")).add("AA"),
                d -> ((ObjectNode) d.get("grievances")).putArray("maximalistAimsUnmet").add("JJ"));
        Deal good = JSON.treeToValue(valid(), Deal.class);
        assertTrue(QuickCheck.passes(good));
        assertTrue(PackagedRules.VALIDATOR.validate(good).isEmpty());
        for (int i = 0; i < breakages.size(); i++) {
            ObjectNode broken = valid();
            breakages.get(i).accept(broken);
            Deal deal = JSON.treeToValue(broken, Deal.class);
            assertFalse(PackagedRules.VALIDATOR.validate(deal).isEmpty(), "breakage " + i + " is not invalid");
            assertFalse(QuickCheck.passes(deal), "quick check let breakage " + i + " through");
            assertFalse(PackagedRules.reader().read(JSON.writeValueAsBytes(broken)).valid(), "breakage " + i);
        }
    }

    @Test
    void everyHistoricalDealPassesBothChecks() {
        for (HistoricalCase historical : PackagedRules.cases().cases()) {
            assertTrue(QuickCheck.passes(historical.deal()), historical.id());
            assertEquals(0, PackagedRules.VALIDATOR.validate(historical.deal()).size(), historical.id());
        }
    }
}
