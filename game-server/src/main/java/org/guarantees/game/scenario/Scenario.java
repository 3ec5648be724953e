package org.guarantees.game.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A complete negotiation scenario: the table's issues, the four delegations, the round plan and the injects. */
public record Scenario(String id, String title, String summary, Map<String, Object> baseDeal, List<Role> roles,
                       List<Issue> issues, List<RoundPlan> rounds, List<Inject> injects, int signingSeconds) {
    /** How long a version put out for signature stays frozen when the scenario does not say. */
    public static final int DEFAULT_SIGNING_SECONDS = 120;

    public Scenario {
        baseDeal = Collections.unmodifiableMap(new LinkedHashMap<>(baseDeal));
        roles = List.copyOf(roles);
        issues = List.copyOf(issues);
        rounds = List.copyOf(rounds);
        injects = List.copyOf(injects);
    }

    public Optional<Issue> issue(String issueId) {
        return issues.stream().filter(i -> i.id().equals(issueId)).findFirst();
    }

    public Optional<Role> role(String roleId) {
        return roles.stream().filter(r -> r.id().equals(roleId)).findFirst();
    }

    public List<String> roleIds() {
        return roles.stream().map(Role::id).toList();
    }

    public List<String> issueIds() {
        return issues.stream().map(Issue::id).toList();
    }

    /** The draft a table starts from: each issue's status-quo option (or its first option), in issue order. */
    public Map<String, String> defaultSelection() {
        Map<String, String> selection = new LinkedHashMap<>();
        issues.forEach(i -> selection.put(i.id(), i.defaultOption()));
        return selection;
    }

    /** Whether the selection names exactly one existing option for every issue. */
    public boolean isComplete(Map<String, String> selection) {
        return selection.size() == issues.size() && issues.stream()
                .allMatch(i -> selection.containsKey(i.id()) && i.option(selection.get(i.id())).isPresent());
    }

    public Optional<Inject> inject(String injectId) {
        return injects.stream().filter(i -> i.id().equals(injectId)).findFirst();
    }
}
