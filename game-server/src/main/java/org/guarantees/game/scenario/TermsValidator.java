package org.guarantees.game.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that deal terms fit the scoring service's Deal contract: every fragment on its own, no two issues writing the
 * same single-valued field, the primary instrument always complete, and each option mapped in context.
 */
final class TermsValidator {

    private static final List<String> INSTRUMENT_REQUIRED = List.of("legalForm", "guarantors", "trigger");

    private TermsValidator() {
    }

    static void validate(Scenario scenario) {
        failOnFirst(DealContract.checkTerms(scenario.baseDeal(), "baseDeal"));
        Map<String, String> writerOfField = new HashMap<>();
        for (Issue issue : scenario.issues()) {
            Set<String> fields = new HashSet<>();
            for (Option option : issue.options()) {
                String path = optionPath(issue, option) + ".dealTerms";
                failOnFirst(DealContract.checkTerms(option.dealTerms(), path));
                collectScalarFields(option.dealTerms(), "", fields);
            }
            for (String field : fields) {
                String other = writerOfField.putIfAbsent(field, issue.id());
                if (other != null) {
                    throw new InvalidScenarioException("issues[" + issue.id() + "]", "sets '" + field
                            + "', which issue '" + other + "' also sets: a deal could not hold both");
                }
            }
        }
        requireCompletePrimaryInstrument(scenario);
        for (Issue issue : scenario.issues()) {
            for (Option option : issue.options()) {
                Map<String, String> selection = new LinkedHashMap<>(scenario.defaultSelection());
                selection.put(issue.id(), option.id());
                List<String> violations = DealContract.checkDeal(DealMapper.toDeal(scenario, selection, null));
                if (!violations.isEmpty()) {
                    throw new InvalidScenarioException(optionPath(issue, option),
                            "the deal it yields breaks the Deal contract: " + violations.get(0));
                }
            }
        }
    }

    private static void requireCompletePrimaryInstrument(Scenario scenario) {
        boolean anyCommitment = scenario.issues().stream().flatMap(i -> i.options().stream())
                .anyMatch(o -> primary(o.dealTerms()).containsKey("commitment"));
        if (!anyCommitment) {
            return;
        }
        for (String field : INSTRUMENT_REQUIRED) {
            boolean covered = primary(scenario.baseDeal()).containsKey(field) || scenario.issues().stream()
                    .anyMatch(i -> i.options().stream().allMatch(o -> primary(o.dealTerms()).containsKey(field)));
            if (!covered) {
                throw new InvalidScenarioException(DealContract.PRIMARY_INSTRUMENT + "." + field, "no issue gives it "
                        + "in every option (and the base deal does not): some deals would have an incomplete instrument");
            }
        }
    }

    private static Map<?, ?> primary(Map<String, Object> terms) {
        return terms.get(DealContract.PRIMARY_INSTRUMENT) instanceof Map<?, ?> map ? map : Map.of();
    }

    private static void collectScalarFields(Map<?, ?> terms, String prefix, Set<String> fields) {
        terms.forEach((key, value) -> {
            String path = prefix + key;
            if (value instanceof Map<?, ?> nested) {
                collectScalarFields(nested, path + ".", fields);
            } else if (!(value instanceof List<?>)) {
                fields.add(path);
            }
        });
    }

    private static String optionPath(Issue issue, Option option) {
        return "issues[" + issue.id() + "].options[" + option.id() + "]";
    }

    private static void failOnFirst(List<String> violations) {
        if (!violations.isEmpty()) {
            String first = violations.get(0);
            int colon = first.indexOf(": ");
            throw new InvalidScenarioException(first.substring(0, colon), first.substring(colon + 2));
        }
    }
}
