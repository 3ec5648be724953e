package org.guarantees.scoring.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Deals used by the REST and deal-reading tests, built as JSON so each test can vary one dimension. */
public final class TestDeals {
    static final ObjectMapper JSON = new ObjectMapper();

    private TestDeals() {
    }

    /** The 20-point plan of mid-2026 as described in seed 004 (points 2-7, 11, 14, 19, 20). */
    public static ObjectNode twentyPointPlan() {
        ObjectNode deal = JSON.createObjectNode()
                .put("title", "20-point plan (seed 004)")
                .put("year", 2026)
                .put("protectedState", "UA")
                .put("potentialAggressor", "RU")
                .put("aggressorIsGuarantor", false)
                .put("aggressorCanVeto", false)
                .put("ceasefire", true)
                .put("monitoring", "OBSERVERS")
                .put("separation", "NONE")
                .put("alliance", "FREE")
                .put("economicIntegration", "ACCESSION_TIMETABLE")
                .put("territory", "OPEN");
        ObjectNode guarantee = deal.putArray("instruments").addObject()
                .put("name", "Article 5-like guarantees by the US, NATO and European signatories (point 5)")
                .put("legalForm", "SIGNED_AGREEMENT")
                .put("commitment", "COLLECTIVE_DEFENCE")
                .put("trigger", "CONSTITUTIONAL_PROCESS");
        guarantee.putArray("guarantors").add("US").add("GB").add("FR").add("DE").add("PL");
        guarantee.putArray("support").add("INTELLIGENCE").add("AIR_DEFENCE").add("ARMS_AND_FINANCE");
        deal.putObject("foreignForces").put("presence", "NONE");
        deal.putObject("forceLimits").put("limit", "PERSONNEL_CEILING").put("personnelCeiling", 800000);
        deal.putObject("aggressorCommitments").put("nonAggressionLaw", true).put("armsControl", false);
        return deal;
    }

    /** The same plan with Russia among the guarantors and any response needing every guarantor's consent. */
    public static ObjectNode twentyPointPlanWithRussianVeto() {
        ObjectNode deal = twentyPointPlan();
        ObjectNode guarantee = (ObjectNode) deal.get("instruments").get(0);
        ((ArrayNode) guarantee.get("guarantors")).add("RU");
        guarantee.put("trigger", "UNANIMITY_OF_GUARANTORS");
        deal.put("aggressorIsGuarantor", true).put("aggressorCanVeto", true);
        return deal;
    }

    /** A guarantee by the US, UK and France with their key capabilities, in the given legal form and trigger. */
    public static ObjectNode capableGuarantee(String legalForm, String trigger) {
        ObjectNode deal = JSON.createObjectNode()
                .put("protectedState", "UA")
                .put("potentialAggressor", "RU")
                .put("ceasefire", true);
        ObjectNode guarantee = deal.putArray("instruments").addObject()
                .put("legalForm", legalForm)
                .put("commitment", "COLLECTIVE_DEFENCE")
                .put("trigger", trigger);
        guarantee.putArray("guarantors").add("US").add("GB").add("FR");
        guarantee.putArray("support").add("NUCLEAR_DETERRENCE").add("AIR_SUPPORT").add("INTELLIGENCE")
                .add("LOGISTICS");
        return deal;
    }

    static String text(ObjectNode deal) {
        return deal.toString();
    }
}
