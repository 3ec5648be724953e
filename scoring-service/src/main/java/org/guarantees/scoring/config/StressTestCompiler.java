package org.guarantees.scoring.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guarantees.scoring.config.RulesDocument.MitigationEntry;
import org.guarantees.scoring.config.RulesDocument.StressEntry;
import org.guarantees.scoring.domain.Capability;
import org.guarantees.scoring.domain.CountryCodeValidator;
import org.guarantees.scoring.service.Mitigation;
import org.guarantees.scoring.service.StressTest;

/** Compiles stress tests; a shock may only worsen a deal, so every factor must be at least 1. */
final class StressTestCompiler {
    private final ObjectMapper mapper;
    private final ConditionCompiler conditions;

    StressTestCompiler(ObjectMapper mapper, ConditionCompiler conditions) {
        this.mapper = mapper;
        this.conditions = conditions;
    }

    List<StressTest> compile(List<JsonNode> entries, int horizon) {
        List<StressTest> tests = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            String label = RuleSetCompiler.label(entries.get(i), "stress test", i);
            StressEntry entry = Checks.read(mapper, entries.get(i), StressEntry.class, label);
            if (entry.id() == null || !ids.add(entry.id())) {
                throw new RulesFileException(label + ": needs a unique id");
            }
            tests.add(compile(entry, label, horizon));
        }
        return List.copyOf(tests);
    }

    private StressTest compile(StressEntry entry, String label, int horizon) {
        Checks.text(entry.title(), label + ": title");
        Checks.text(entry.explanation(), label + ": explanation");
        Checks.text(entry.source(), label + ": source");
        double factor = entry.factor() == null ? 1.0 : entry.factor();
        if (!(factor >= 1 && factor <= 10)) {
            throw new RulesFileException(label + ": factor must lie in [1, 10]; a stress test cannot improve a deal");
        }
        int from = entry.fromYear() == null ? 1 : entry.fromYear();
        int to = entry.toYear() == null ? horizon : entry.toYear();
        if (from < 1 || to < from || to > horizon) {
            throw new RulesFileException(label + ": years must satisfy 1 <= fromYear <= toYear <= " + horizon);
        }
        if (entry.removeParty() != null && !CountryCodeValidator.isKnown(entry.removeParty())) {
            throw new RulesFileException(label + ": removeParty '" + entry.removeParty() + "' is not a country code");
        }
        if (entry.removeParty() == null && factor == 1.0) {
            throw new RulesFileException(label + ": neither removes a party nor raises the hazard");
        }
        return new StressTest(entry.id(), entry.title(), entry.explanation(), entry.source(), entry.removeParty(),
                capabilities(entry.removeCapabilities(), label), countries(entry.greatPowers(), label), factor, from,
                to, mitigations(entry.mitigations(), factor, label));
    }

    private List<Mitigation> mitigations(List<MitigationEntry> entries, double factor, String label) {
        List<Mitigation> result = new ArrayList<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            MitigationEntry entry = entries.get(i);
            String at = label + ": mitigation #" + (i + 1);
            if (entry.factor() == null || entry.factor() < 1 || entry.factor() > factor) {
                throw new RulesFileException(at + ": factor must lie between 1 and the test's factor " + factor);
            }
            Checks.text(entry.reason(), at + ": reason");
            result.add(new Mitigation(conditions.compile(entry.when(), at), entry.factor()));
        }
        return List.copyOf(result);
    }

    private static Set<Capability> capabilities(List<String> names, String label) {
        Set<Capability> result = EnumSet.noneOf(Capability.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                result.add(Capability.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new RulesFileException(label + ": unknown capability '" + name + "'");
            }
        }
        return result;
    }

    private static Set<String> countries(List<String> codes, String label) {
        Set<String> result = new HashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (!CountryCodeValidator.isKnown(code)) {
                throw new RulesFileException(label + ": '" + code + "' is not a country code");
            }
            result.add(code);
        }
        return Set.copyOf(result);
    }
}
