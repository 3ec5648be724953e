package org.guarantees.game.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks historical cases by closeness to a table's deal: the design features they share (how the guarantee is written,
 * who can veto it, who stands on the ground, alliance, territory…) and, once the deal is rated, how near their
 * durability scores are. Sharing every feature counts as much as a 100-point score gap.
 */
public final class NearestPrecedents {
    /** A historical case next to the table's deal: what they share and what happened after the real one. */
    public record Precedent(String id, String name, String date, Integer score, String band, String outcome,
                            Double years, String whatHappened, Map<String, String> sharedFeatures, int featureCount) {
    }

    static final Map<String, String> FEATURES = features();
    private static final ObjectMapper JSON = new ObjectMapper();

    private NearestPrecedents() {
    }

    private static Map<String, String> features() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("legalForm", "/instruments/0/legalForm");
        paths.put("commitment", "/instruments/0/commitment");
        paths.put("trigger", "/instruments/0/trigger");
        paths.put("aggressorCanVeto", "/aggressorCanVeto");
        paths.put("foreignForces", "/foreignForces/presence");
        paths.put("ceasefire", "/ceasefire");
        paths.put("monitoring", "/monitoring");
        paths.put("separation", "/separation");
        paths.put("alliance", "/alliance");
        paths.put("territory", "/territory");
        paths.put("sanctions", "/sanctions");
        return paths;
    }

    public static List<Precedent> nearest(Map<String, Object> deal, Integer score, List<JsonNode> cases, int limit) {
        JsonNode mine = JSON.valueToTree(deal);
        List<Precedent> ranked = new ArrayList<>();
        for (JsonNode c : cases) {
            Map<String, String> shared = new LinkedHashMap<>();
            FEATURES.forEach((feature, path) -> {
                String value = value(mine, path);
                if (value != null && value.equals(value(c.path("deal"), path))) {
                    shared.put(feature, value);
                }
            });
            JsonNode report = c.path("report");
            JsonNode outcome = c.path("outcome");
            ranked.add(new Precedent(c.path("id").asText(), c.path("name").asText(), c.path("date").asText(null),
                    report.has("score") ? report.path("score").asInt() : null, report.path("band").asText(null),
                    outcome.path("status").asText(null), outcome.path("years").isNumber() ? outcome.path("years").asDouble() : null,
                    outcome.path("whatHappened").asText("").strip(), shared, FEATURES.size()));
        }
        ranked.sort(Comparator.comparingDouble((Precedent p) -> distance(p, score)).thenComparing(Precedent::id));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    static double distance(Precedent p, Integer score) {
        double features = 1.0 - (double) p.sharedFeatures().size() / p.featureCount();
        double gap = score == null || p.score() == null ? 0 : Math.abs(score - p.score()) / 100.0;
        return features + gap;
    }

    /** A feature's value; a flag the deal leaves out counts as false, as the scoring service reads it. */
    private static String value(JsonNode deal, String path) {
        JsonNode node = deal.at(path);
        if (node.isMissingNode() || node.isNull()) {
            return path.equals("/aggressorCanVeto") || path.equals("/ceasefire") ? "false" : null;
        }
        return node.asText();
    }
}
