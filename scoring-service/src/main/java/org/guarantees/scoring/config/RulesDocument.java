package org.guarantees.scoring.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The rules file's top level; rules and stress tests stay as trees so each can be read and blamed on its own. */
public record RulesDocument(
        String version,
        String description,
        Baseline baseline,
        List<Integer> reportYears,
        List<BandEntry> bands,
        List<AssumptionEntry> assumptions,
        Map<String, JsonNode> definitions,
        List<JsonNode> rules,
        List<JsonNode> stressTests) {

    public record Baseline(List<Double> yearlyHazard, Double maxYearlyHazard, String basis) {
    }

    public record BandEntry(Integer minScore, String band, String meaning) {
    }

    public record AssumptionEntry(String field, JsonNode value, String reason) {
    }

    public record RuleEntry(String id, String title, JsonNode when, Effect effect, String explanation, String source) {
    }

    public record Effect(Double factor, Integer fromYear, Integer toYear, List<String> voids, String basis) {
    }

    public record StressEntry(String id, String title, String explanation, String source, String removeParty,
                              List<String> removeCapabilities, List<String> greatPowers, Double factor,
                              Integer fromYear, Integer toYear, List<MitigationEntry> mitigations) {
    }

    public record MitigationEntry(JsonNode when, Double factor, String reason) {
    }
}
