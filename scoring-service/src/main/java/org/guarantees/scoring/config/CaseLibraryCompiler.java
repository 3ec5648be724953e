package org.guarantees.scoring.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.guarantees.scoring.domain.CaseLibrary;
import org.guarantees.scoring.domain.CaseOutcome;
import org.guarantees.scoring.domain.HistoricalCase;
import org.guarantees.scoring.service.ConcordanceIndex;
import org.guarantees.scoring.service.DealRater;
import org.guarantees.scoring.service.DealReader;

/** Reads the historical cases, rates each with the active rules and measures how well the ratings match history. */
public final class CaseLibraryCompiler {
    private static final Set<String> STATUSES = Set.of("BROKE_DOWN", "HOLDING", "NEVER_SIGNED");

    record CaseEntry(String id, boolean heldOut, String encodedAfter, String name, String date, CaseOutcome outcome,
                     String encodingNotes, List<String> sources, JsonNode deal) {
    }

    private final DealReader dealReader;
    private final DealRater rater;

    public CaseLibraryCompiler(DealReader dealReader, DealRater rater) {
        this.dealReader = dealReader;
        this.rater = rater;
    }

    public CaseLibrary compile(JsonNode tree, String origin) {
        try {
            JsonNode entries = tree.get("cases");
            if (entries == null || !entries.isArray() || entries.isEmpty()) {
                throw new RulesFileException("'cases' must list at least one case");
            }
            List<HistoricalCase> cases = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                String label = RuleSetCompiler.label(entries.get(i), "case", i);
                CaseEntry entry = Checks.read(YamlFiles.YAML, entries.get(i), CaseEntry.class, label);
                if (entry.id() == null || !ids.add(entry.id())) {
                    throw new RulesFileException(label + ": needs a unique id");
                }
                cases.add(rated(entry, label));
            }
            String version = rater.rules().version();
            ConcordanceIndex.Result calibration = concordanceOf(cases, c -> !c.heldOut());
            ConcordanceIndex.Result heldOut = concordanceOf(cases, HistoricalCase::heldOut);
            ConcordanceIndex.Result blind = concordanceOf(cases, c -> version.equals(c.encodedAfter()));
            return new CaseLibrary(version, rounded(calibration.index()), calibration.comparablePairs(),
                    orNull(heldOut), heldOut.comparablePairs(), orNull(blind), blind.comparablePairs(),
                    List.copyOf(cases));
        } catch (RulesFileException e) {
            throw new RulesFileException("Case library " + origin + " is invalid: " + e.getMessage(), e);
        }
    }

    public static ConcordanceIndex.Result concordanceOf(List<HistoricalCase> cases, Predicate<HistoricalCase> which) {
        return ConcordanceIndex.of(cases.stream()
                .filter(c -> c.outcome().observed() && which.test(c))
                .map(c -> new ConcordanceIndex.Observation(c.report().score(), c.outcome().years(),
                        c.outcome().brokeDown()))
                .toList());
    }

    private static Double orNull(ConcordanceIndex.Result result) {
        return result.comparablePairs() == 0 ? null : rounded(result.index());
    }

    private static double rounded(double index) {
        return Math.round(index * 1000) / 1000.0;
    }

    private HistoricalCase rated(CaseEntry entry, String label) {
        Checks.text(entry.name(), label + ": name");
        Checks.text(entry.date(), label + ": date");
        if (entry.sources() == null || entry.sources().isEmpty()) {
            throw new RulesFileException(label + ": sources are required");
        }
        CaseOutcome outcome = entry.outcome();
        if (outcome == null || !STATUSES.contains(outcome.status())) {
            throw new RulesFileException(label + ": outcome.status must be one of " + STATUSES);
        }
        if (outcome.observed() && (outcome.years() == null || outcome.years() <= 0)) {
            throw new RulesFileException(label + ": outcome.years must be positive");
        }
        Checks.text(outcome.whatHappened(), label + ": outcome.whatHappened");
        if (entry.heldOut() != (entry.encodedAfter() != null)) {
            throw new RulesFileException(label + ": encodedAfter (the rules version fixed before the case was encoded)"
                    + " is required for a held-out case and only for one");
        }
        DealReader.Result deal = dealReader.read(entry.deal());
        if (!deal.valid()) {
            throw new RulesFileException(label + ": deal is invalid: " + deal.violations());
        }
        return new HistoricalCase(entry.id(), entry.name(), entry.date(), entry.heldOut(), entry.encodedAfter(),
                outcome, entry.encodingNotes(), entry.sources(), deal.deal(), rater.rate(deal.deal()));
    }
}
