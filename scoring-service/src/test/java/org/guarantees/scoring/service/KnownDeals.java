package org.guarantees.scoring.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.guarantees.scoring.config.PackagedRules;
import org.guarantees.scoring.domain.HistoricalCase;
import org.guarantees.scoring.domain.LegalForm;
import org.guarantees.scoring.domain.Trigger;
import org.guarantees.scoring.rest.TestDeals;

/** Every deal the project already has, as the JSON a client would send, by name. */
final class KnownDeals {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Sets every field the Deal has, so that mutating it reaches every field the readers know. */
    static final String EVERY_FIELD = """
            {"title":"Every field","year":1995,"protectedState":"BA","potentialAggressor":"RS",
            "instruments":[{"name":"Annex 1A","legalForm":"RATIFIED_TREATY","guarantors":["NATO","US"],
            "commitment":"MILITARY_ASSISTANCE","trigger":"AUTOMATIC","support":["GROUND_FORCES","AIR_SUPPORT"]},
            {"legalForm":"UN_RESOLUTION","guarantors":["UN"],"commitment":"CONSULTATION",
            "trigger":"UN_SECURITY_COUNCIL","support":[]}],
            "aggressorIsGuarantor":false,"aggressorCanVeto":true,"ceasefire":true,
            "foreignForces":{"presence":"DETERRENT_FORCE_WITH_GREAT_POWER","providers":["US","GB"],
            "hostCanExpel":false},
            "monitoring":"JOINT_COMMISSION","separation":"DEMILITARISED_ZONE",
            "forceLimits":{"limit":"NEUTRALITY","personnelCeiling":0},"alliance":"MEMBERSHIP_DEFERRED",
            "economicIntegration":"CANDIDATE","territory":"RECOGNISED_CESSION",
            "sanctions":"PHASED_RELIEF_WITH_SNAPBACK",
            "aggressorCommitments":{"nonAggressionLaw":false,"armsControl":true},
            "grievances":{"redLinesCrossed":["RS"],"maximalistAimsUnmet":["HR","RS"]},
            "militaryBalance":"DEFENDER_SUPERIOR"}""";

    private KnownDeals() {
    }

    static Map<String, byte[]> all() {
        Map<String, byte[]> deals = shapes();
        for (LegalForm legalForm : LegalForm.values()) {
            for (Trigger trigger : Trigger.values()) {
                deals.put("capable guarantee " + legalForm + " " + trigger,
                        bytes(TestDeals.capableGuarantee(legalForm.name(), trigger.name()).toString()));
            }
        }
        return deals;
    }

    /** One of each kind of deal: all but the grid of capable guarantees that differ only in two constants. */
    static Map<String, byte[]> shapes() {
        Map<String, byte[]> deals = new LinkedHashMap<>();
        String benchmark = benchmarkBody();
        deals.put("benchmark body", bytes(benchmark));
        deals.put("benchmark body with a Russian veto", bytes(benchmark.replace(
                "\"aggressorIsGuarantor\":false,\"aggressorCanVeto\":false",
                "\"aggressorIsGuarantor\":true,\"aggressorCanVeto\":true")));
        deals.put("bare deal", bytes("{\"protectedState\":\"UA\",\"potentialAggressor\":\"RU\"}"));
        deals.put("every field", bytes(EVERY_FIELD));
        deals.put("20-point plan", bytes(TestDeals.twentyPointPlan().toString()));
        deals.put("20-point plan with a Russian veto", bytes(TestDeals.twentyPointPlanWithRussianVeto().toString()));
        deals.put("capable guarantee", bytes(TestDeals.capableGuarantee("RATIFIED_TREATY", "AUTOMATIC").toString()));
        for (HistoricalCase historical : PackagedRules.cases().cases()) {
            deals.put("historical case " + historical.id(), serialised(historical));
        }
        return deals;
    }

    /** The body wrk posts in the benchmark, between the Lua long brackets. */
    static String benchmarkBody() {
        try {
            String script = Files.readString(Path.of("bench/rating.lua"));
            return script.substring(script.indexOf("[[") + 2, script.lastIndexOf("]]"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] serialised(HistoricalCase historical) {
        try {
            return JSON.writeValueAsBytes(historical.deal());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
