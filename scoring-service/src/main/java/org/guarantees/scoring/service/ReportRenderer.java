package org.guarantees.scoring.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.guarantees.scoring.domain.Assumption;
import org.guarantees.scoring.domain.DurabilityReport;
import org.guarantees.scoring.domain.Finding;
import org.guarantees.scoring.domain.StressTestResult;
import org.guarantees.scoring.domain.SurvivalPoint;

/**
 * Writes a DurabilityReport as JSON, reusing the text of each rule's finding and each stress test's description,
 * rendered once when the rules are loaded. Gives the same JSON as Jackson's own serialisation of the record, faster.
 */
public final class ReportRenderer {
    private final JsonFactory factory;
    private final ObjectMapper mapper;
    private final Map<Finding, String> renderedFindings = new IdentityHashMap<>();
    private final String[] stressPrefixes;

    public ReportRenderer(RuleSet rules, ObjectMapper mapper) {
        this.mapper = mapper;
        this.factory = mapper.getFactory();
        try {
            for (CompiledRule rule : rules.rules()) {
                renderedFindings.put(rule.finding(), mapper.writeValueAsString(rule.finding()));
            }
            stressPrefixes = new String[rules.stressTests().size()];
            for (int i = 0; i < stressPrefixes.length; i++) {
                StressTest test = rules.stressTests().get(i);
                String full = mapper.writeValueAsString(new StressTestResult(test.id(), test.title(),
                        test.explanation(), test.source(), 0, "", 0, 0));
                stressPrefixes[i] = full.substring(0, full.indexOf(",\"score\":"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(DurabilityReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("score", report.score());
            json.writeStringField("band", report.band());
            json.writeArrayFieldStart("survival");
            for (SurvivalPoint point : report.survival()) {
                json.writeStartObject();
                json.writeNumberField("year", point.year());
                json.writeNumberField("probability", point.probability());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("expectedYearsOfPeace", report.expectedYearsOfPeace());
            json.writeNumberField("horizonYears", report.horizonYears());
            writeFindings(json, report.findings());
            writeAssumptions(json, report.assumptions());
            writeStressTests(json, report.stressTests());
            json.writeStringField("rulesVersion", report.rulesVersion());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeFindings(JsonGenerator json, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart("findings");
        for (Finding finding : findings) {
            String rendered = renderedFindings.get(finding);
            json.writeRawValue(rendered != null ? rendered : mapper.writeValueAsString(finding));
        }
        json.writeEndArray();
    }

    private static void writeAssumptions(JsonGenerator json, List<Assumption> assumptions) throws IOException {
        json.writeArrayFieldStart("assumptions");
        for (Assumption assumption : assumptions) {
            json.writeStartObject();
            json.writeStringField("field", assumption.field());
            json.writeStringField("assumed", assumption.assumed());
            json.writeStringField("reason", assumption.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeStressTests(JsonGenerator json, List<StressTestResult> results) throws IOException {
        json.writeArrayFieldStart("stressTests");
        for (int i = 0; i < results.size(); i++) {
            StressTestResult result = results.get(i);
            json.writeRaw(i == 0 ? "" : ",");
            json.writeRaw(stressPrefixes[i]);
            json.writeRaw(",\"score\":" + result.score() + ",\"band\":");
            json.writeRaw(mapper.writeValueAsString(result.band()));
            json.writeRaw(",\"scoreChange\":" + result.scoreChange() + ",\"holdingAt20Years\":"
                    + result.holdingAt20Years() + "}");
        }
        json.writeEndArray();
    }
}
