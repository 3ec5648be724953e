package org.guarantees.scoring.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.guarantees.scoring.domain.Assumption;
import org.guarantees.scoring.domain.DurabilityReport;
import org.guarantees.scoring.domain.Finding;
import org.guarantees.scoring.domain.StressTestResult;
import org.guarantees.scoring.domain.SurvivalPoint;

/**
 * Writes a DurabilityReport as JSON, byte for byte what Jackson writes for the record, but faster: the text that only
 * depends on the rules (each rule's finding, each stress test's description, band names, the version) is rendered to
 * UTF-8 once when the rules are loaded and copied into each report, which is most of a report's 7.5 KB.
 */
public final class ReportRenderer {
    private static final SerializableString SCORE = new SerializedString("score");
    private static final SerializableString BAND = new SerializedString("band");
    private static final SerializableString SURVIVAL = new SerializedString("survival");
    private static final SerializableString YEAR = new SerializedString("year");
    private static final SerializableString PROBABILITY = new SerializedString("probability");
    private static final SerializableString EXPECTED = new SerializedString("expectedYearsOfPeace");
    private static final SerializableString HORIZON = new SerializedString("horizonYears");
    private static final SerializableString FINDINGS = new SerializedString("findings");
    private static final SerializableString ASSUMPTIONS = new SerializedString("assumptions");
    private static final SerializableString FIELD = new SerializedString("field");
    private static final SerializableString ASSUMED = new SerializedString("assumed");
    private static final SerializableString REASON = new SerializedString("reason");
    private static final SerializableString STRESS_TESTS = new SerializedString("stressTests");
    private static final SerializableString RULES_VERSION = new SerializedString("rulesVersion");

    private final JsonFactory factory;
    private final ObjectMapper mapper;
    private final Map<Finding, SerializableString> renderedFindings = new IdentityHashMap<>();
    private final Map<String, SerializableString> renderedBands = new HashMap<>();
    private final SerializableString[] stressPrefixes;
    private final SerializableString rulesVersion;
    private final String version;

    public ReportRenderer(RuleSet rules, ObjectMapper mapper) {
        this.mapper = mapper;
        this.factory = mapper.getFactory();
        this.version = rules.version();
        try {
            for (CompiledRule rule : rules.rules()) {
                renderedFindings.put(rule.finding(), raw(rule.finding()));
            }
            for (Band band : rules.bands()) {
                renderedBands.put(band.name(), raw(band.name()));
            }
            rulesVersion = raw(rules.version());
            stressPrefixes = new SerializableString[rules.stressTests().size()];
            for (int i = 0; i < stressPrefixes.length; i++) {
                StressTest test = rules.stressTests().get(i);
                String full = mapper.writeValueAsString(new StressTestResult(test.id(), test.title(),
                        test.explanation(), test.source(), 0, "", 0, 0));
                stressPrefixes[i] = new SerializedString(full.substring(0, full.indexOf(",\"score\":")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(DurabilityReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName(SCORE);
            json.writeNumber(report.score());
            json.writeFieldName(BAND);
            json.writeRawValue(band(report.band()));
            json.writeFieldName(SURVIVAL);
            json.writeStartArray();
            for (SurvivalPoint point : report.survival()) {
                json.writeStartObject();
                json.writeFieldName(YEAR);
                json.writeNumber(point.year());
                json.writeFieldName(PROBABILITY);
                json.writeNumber(point.probability());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName(EXPECTED);
            json.writeNumber(report.expectedYearsOfPeace());
            json.writeFieldName(HORIZON);
            json.writeNumber(report.horizonYears());
            writeFindings(json, report.findings());
            writeAssumptions(json, report.assumptions());
            writeStressTests(json, report.stressTests());
            json.writeFieldName(RULES_VERSION);
            json.writeRawValue(version.equals(report.rulesVersion()) ? rulesVersion : raw(report.rulesVersion()));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeFindings(JsonGenerator json, List<Finding> findings) throws IOException {
        json.writeFieldName(FINDINGS);
        json.writeStartArray();
        for (Finding finding : findings) {
            SerializableString rendered = renderedFindings.get(finding);
            // a finding voided by another rule is a new object with its own effect text: rendered here, it is rare
            json.writeRawValue(rendered != null ? rendered : raw(finding));
        }
        json.writeEndArray();
    }

    private static void writeAssumptions(JsonGenerator json, List<Assumption> assumptions) throws IOException {
        json.writeFieldName(ASSUMPTIONS);
        json.writeStartArray();
        for (Assumption assumption : assumptions) {
            json.writeStartObject();
            json.writeFieldName(FIELD);
            json.writeString(assumption.field());
            json.writeFieldName(ASSUMED);
            json.writeString(assumption.assumed());
            json.writeFieldName(REASON);
            json.writeString(assumption.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Each result is its test's pre-rendered description followed by the four numbers of this rating. */
    private void writeStressTests(JsonGenerator json, List<StressTestResult> results) throws IOException {
        json.writeFieldName(STRESS_TESTS);
        json.writeStartArray();
        for (int i = 0; i < results.size(); i++) {
            StressTestResult result = results.get(i);
            if (i > 0) {
                json.writeRaw(',');
            }
            json.writeRaw(stressPrefixes[i]);
            json.writeRaw(",\"score\":" + result.score() + ",\"band\":");
            json.writeRaw(band(result.band()));
            json.writeRaw(",\"scoreChange\":" + result.scoreChange() + ",\"holdingAt20Years\":"
                    + result.holdingAt20Years() + "}");
        }
        json.writeEndArray();
    }

    private SerializableString band(String name) throws IOException {
        SerializableString rendered = renderedBands.get(name);
        return rendered != null ? rendered : raw(name);
    }

    private SerializableString raw(Object value) throws IOException {
        return new SerializedString(mapper.writeValueAsString(value));
    }
}
