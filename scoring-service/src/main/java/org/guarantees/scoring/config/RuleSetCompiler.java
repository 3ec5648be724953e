package org.guarantees.scoring.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guarantees.scoring.config.RulesDocument.RuleEntry;
import org.guarantees.scoring.domain.Finding;
import org.guarantees.scoring.service.Band;
import org.guarantees.scoring.service.CompiledRule;
import org.guarantees.scoring.service.RuleSet;

/** Validates a parsed rules file and compiles it; any problem stops here with a message naming the rule. */
public final class RuleSetCompiler {
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]*";

    private final ObjectMapper mapper;

    public RuleSetCompiler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public RuleSet compile(JsonNode tree, String origin) {
        try {
            RulesDocument doc = read(tree, RulesDocument.class, "the file's top level");
            Checks.text(doc.version(), "version");
            int horizon = BaselineCheck.horizon(doc.baseline());
            ConditionCompiler conditions = new ConditionCompiler(doc.definitions());
            checkDefinitions(doc, conditions);
            List<CompiledRule> rules = rules(doc.rules(), conditions, horizon);
            return new RuleSet(doc.version(), origin, BaselineCheck.hazards(doc.baseline()),
                    BaselineCheck.maxHazard(doc.baseline()), BaselineCheck.reportYears(doc.reportYears(), horizon),
                    bands(doc.bands()), new AssumptionCompiler().compile(doc.assumptions()), rules,
                    new StressTestCompiler(mapper, conditions).compile(doc.stressTests(), horizon),
                    ProgramCompiler.compile(rules.stream().map(CompiledRule::when).toList()), tree);
        } catch (RulesFileException e) {
            throw new RulesFileException("Rules file " + origin + " is invalid: " + e.getMessage(), e);
        }
    }

    private void checkDefinitions(RulesDocument doc, ConditionCompiler conditions) {
        if (doc.definitions() != null) {
            doc.definitions().keySet().forEach(conditions::check);
        }
    }

    private List<CompiledRule> rules(List<JsonNode> entries, ConditionCompiler conditions, int horizon) {
        if (entries == null || entries.isEmpty()) {
            throw new RulesFileException("'rules' must list at least one rule");
        }
        List<RuleEntry> parsed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String label = label(entries.get(i), "rule", i);
            RuleEntry entry = read(entries.get(i), RuleEntry.class, label);
            if (entry.id() == null || !entry.id().matches(ID_PATTERN)) {
                throw new RulesFileException(label + ": id must match " + ID_PATTERN);
            }
            if (!ids.add(entry.id())) {
                throw new RulesFileException(label + ": duplicate id");
            }
            parsed.add(entry);
        }
        List<CompiledRule> compiled = new ArrayList<>();
        for (RuleEntry entry : parsed) {
            compiled.add(rule(entry, conditions, horizon, parsed));
        }
        return List.copyOf(compiled);
    }

    private CompiledRule rule(RuleEntry entry, ConditionCompiler conditions, int horizon, List<RuleEntry> all) {
        String label = "rule '" + entry.id() + "'";
        Checks.text(entry.title(), label + ": title");
        Checks.text(entry.explanation(), label + ": explanation");
        Checks.text(entry.source(), label + ": source");
        RulesDocument.Effect effect = entry.effect();
        if (effect == null || effect.factor() == null || !(effect.factor() > 0 && effect.factor() <= 5)) {
            throw new RulesFileException(label + ": effect.factor must be a number in (0, 5]");
        }
        Checks.text(effect.basis(), label + ": effect.basis (why this factor)");
        int from = effect.fromYear() == null ? 1 : effect.fromYear();
        int to = effect.toYear() == null ? horizon : effect.toYear();
        if (from < 1 || to < from || to > horizon) {
            throw new RulesFileException(label + ": years must satisfy 1 <= fromYear <= toYear <= " + horizon);
        }
        List<String> voids = effect.voids() == null ? List.of() : List.copyOf(effect.voids());
        checkVoids(label, entry.id(), voids, all);
        Finding finding = new Finding(entry.id(), entry.title(), effect.factor(), from, to,
                EffectText.describe(effect.factor(), from, to, horizon, voids), entry.explanation(), entry.source(),
                null);
        return new CompiledRule(entry.id(), conditions.compile(entry.when(), label + ": when"), effect.factor(), from,
                to, voids, finding);
    }

    private static void checkVoids(String label, String id, List<String> voids, List<RuleEntry> all) {
        for (String target : voids) {
            RuleEntry voided = all.stream().filter(r -> r.id().equals(target)).findFirst()
                    .orElseThrow(() -> new RulesFileException(label + ": voids unknown rule '" + target + "'"));
            if (target.equals(id)) {
                throw new RulesFileException(label + ": a rule cannot void itself");
            }
            if (voided.effect() != null && voided.effect().voids() != null && !voided.effect().voids().isEmpty()) {
                throw new RulesFileException(label + ": voids '" + target
                        + "', which itself voids other rules; chains of voiding are not allowed");
            }
        }
    }

    private List<Band> bands(List<RulesDocument.BandEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new RulesFileException("'bands' must list at least one band");
        }
        List<Band> bands = new ArrayList<>();
        Set<Integer> minima = new HashSet<>();
        for (RulesDocument.BandEntry entry : entries) {
            String label = "band '" + entry.band() + "'";
            Checks.text(entry.band(), "a band's name");
            Checks.text(entry.meaning(), label + ": meaning");
            if (entry.minScore() == null || entry.minScore() < 0 || entry.minScore() > 100
                    || !minima.add(entry.minScore())) {
                throw new RulesFileException(label + ": minScore must be a distinct whole number in 0..100");
            }
            bands.add(new Band(entry.minScore(), entry.band(), entry.meaning()));
        }
        if (!minima.contains(0)) {
            throw new RulesFileException("'bands' need one band with minScore 0");
        }
        return List.copyOf(bands);
    }

    static String label(JsonNode entry, String kind, int index) {
        JsonNode id = entry == null ? null : entry.get("id");
        return id != null && id.isTextual() ? kind + " '" + id.asText() + "'" : kind + " #" + (index + 1);
    }

    private <T> T read(JsonNode node, Class<T> type, String label) {
        return Checks.read(mapper, node, type, label);
    }
}
