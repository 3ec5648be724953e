package org.guarantees.game.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Cross-checks a scenario's parts: ids, points schedules, red lines, rounds and injects. Deal terms: TermsValidator. */
final class ScenarioValidator {

    private static final Pattern KEBAB = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private ScenarioValidator() {
    }

    static void validate(Scenario scenario) {
        requireId(scenario.id(), "id");
        if (scenario.issues().isEmpty()) {
            throw new InvalidScenarioException("issues", "a scenario needs at least one issue");
        }
        if (scenario.roles().size() < 2) {
            throw new InvalidScenarioException("roles", "a negotiation needs at least two roles");
        }
        unique(scenario.issues(), Issue::id, "issues");
        unique(scenario.roles(), Role::id, "roles");
        unique(scenario.injects(), Inject::id, "injects");
        scenario.issues().forEach(ScenarioValidator::validateIssue);
        scenario.roles().forEach(role -> validateRole(scenario, role));
        validateRounds(scenario);
    }

    private static void validateIssue(Issue issue) {
        String path = "issues[" + issue.id() + "]";
        requireId(issue.id(), path + ".id");
        if (issue.options().size() < 2) {
            throw new InvalidScenarioException(path + ".options", "an issue needs at least two options to negotiate");
        }
        unique(issue.options(), Option::id, path + ".options");
        issue.options().forEach(o -> requireId(o.id(), path + ".options[" + o.id() + "].id"));
        if (issue.statusQuo() != null && issue.option(issue.statusQuo()).isEmpty()) {
            throw new InvalidScenarioException(path + ".statusQuo", "'" + issue.statusQuo() + "' is not an option of this issue");
        }
    }

    private static void validateRole(Scenario scenario, Role role) {
        String path = "roles[" + role.id() + "]";
        requireId(role.id(), path + ".id");
        for (String issueId : role.points().keySet()) {
            if (scenario.issue(issueId).isEmpty()) {
                throw new InvalidScenarioException(path + ".points." + issueId, "there is no issue '" + issueId + "'");
            }
        }
        for (Issue issue : scenario.issues()) {
            var schedule = role.points().get(issue.id());
            if (schedule == null) {
                throw new InvalidScenarioException(path + ".points." + issue.id(), "is missing: every issue needs points");
            }
            for (String optionId : schedule.keySet()) {
                if (issue.option(optionId).isEmpty()) {
                    throw new InvalidScenarioException(path + ".points." + issue.id() + "." + optionId,
                            "issue '" + issue.id() + "' has no option '" + optionId + "'");
                }
            }
            for (Option option : issue.options()) {
                if (!schedule.containsKey(option.id())) {
                    throw new InvalidScenarioException(path + ".points." + issue.id() + "." + option.id(),
                            "is missing: every option needs points");
                }
            }
        }
        for (int i = 0; i < role.redLines().size(); i++) {
            OptionRef line = role.redLines().get(i);
            boolean exists = scenario.issue(line.issue()).flatMap(issue -> issue.option(line.option())).isPresent();
            if (!exists) {
                throw new InvalidScenarioException(path + ".redLines[" + i + "]", "'" + line + "' is not an option of the scenario");
            }
        }
        if (role.noDealValue() >= role.bestPossible()) {
            throw new InvalidScenarioException(path + ".noDealValue", role.noDealValue()
                    + " is not below the best possible points " + role.bestPossible() + ": the role could never accept");
        }
    }

    private static void validateRounds(Scenario scenario) {
        if (scenario.rounds().isEmpty()) {
            throw new InvalidScenarioException("rounds", "a scenario needs at least one round");
        }
        if (scenario.signingSeconds() < 15 || scenario.signingSeconds() > 1800) {
            throw new InvalidScenarioException("signingSeconds", "must be between 15 and 1800 seconds");
        }
        for (int i = 0; i < scenario.rounds().size(); i++) {
            RoundPlan round = scenario.rounds().get(i);
            if (round.number() != i + 1) {
                throw new InvalidScenarioException("rounds[" + i + "].number", "rounds must be numbered 1, 2, 3, ... in order");
            }
            if (round.minutes() <= 0) {
                throw new InvalidScenarioException("rounds[" + i + "].minutes", "must be positive");
            }
        }
        for (Inject inject : scenario.injects()) {
            requireId(inject.id(), "injects[" + inject.id() + "].id");
            if (inject.afterRound() < 1 || inject.afterRound() >= scenario.rounds().size()) {
                throw new InvalidScenarioException("injects[" + inject.id() + "].afterRound",
                        "must name a round after which another round follows (1.." + (scenario.rounds().size() - 1) + ")");
            }
        }
    }

    private static void requireId(String id, String path) {
        if (!KEBAB.matcher(id).matches()) {
            throw new InvalidScenarioException(path, "'" + id + "' is not a kebab-case id (lower-case words joined by '-')");
        }
    }

    private static <T> void unique(List<T> items, Function<T, String> id, String path) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                throw new InvalidScenarioException(path, "id '" + id.apply(item) + "' is used twice");
            }
        }
    }
}
