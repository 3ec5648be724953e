package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a bot knows before the first move, read from its seat's welcome frame: the public issues and options, and
 * its own confidential brief (points, red lines, no-deal value, talking points). Nothing about another role's brief.
 */
public record SeatBrief(String role, List<String> roles, Map<String, List<String>> options, Map<String, String> titles,
                        Map<String, Map<String, Integer>> points, Set<String> redLines, int noDealValue,
                        Map<String, String> talkingPoints, Map<String, String> labels, Map<String, String> roleNames) {

    public static SeatBrief fromWelcome(JsonNode welcome) {
        JsonNode scenario = welcome.path("scenario");
        JsonNode brief = welcome.path("brief");
        List<String> roles = new ArrayList<>();
        Map<String, String> roleNames = new HashMap<>();
        scenario.path("roles").forEach(r -> {
            roles.add(r.path("id").asText());
            roleNames.put(r.path("id").asText(), r.path("name").asText(r.path("id").asText()));
        });
        Map<String, List<String>> options = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (JsonNode issue : scenario.path("issues")) {
            List<String> ids = new ArrayList<>();
            issue.path("options").forEach(o -> {
                ids.add(o.path("id").asText());
                labels.put(key(issue.path("id").asText(), o.path("id").asText()), o.path("label").asText(o.path("id").asText()));
            });
            options.put(issue.path("id").asText(), List.copyOf(ids));
            titles.put(issue.path("id").asText(), issue.path("title").asText());
        }
        Map<String, Map<String, Integer>> points = new HashMap<>();
        brief.path("points").fields().forEachRemaining(issue -> {
            Map<String, Integer> schedule = new HashMap<>();
            issue.getValue().fields().forEachRemaining(o -> schedule.put(o.getKey(), o.getValue().asInt()));
            points.put(issue.getKey(), Map.copyOf(schedule));
        });
        Set<String> redLines = new HashSet<>();
        brief.path("redLines").forEach(r -> redLines.add(key(r.path("issue").asText(), r.path("option").asText())));
        Map<String, String> talking = new HashMap<>();
        brief.path("talkingPoints").fields().forEachRemaining(t -> talking.put(t.getKey(), t.getValue().asText()));
        return new SeatBrief(welcome.path("role").asText(), List.copyOf(roles), Collections.unmodifiableMap(options),
                Map.copyOf(titles), Map.copyOf(points), Set.copyOf(redLines), brief.path("noDealValue").asInt(),
                Map.copyOf(talking), Map.copyOf(labels), Map.copyOf(roleNames));
    }

    /** An option's label as the scenario words it ("Frozen line, no recognition"). */
    public String label(String issue, String option) {
        return labels.getOrDefault(key(issue, option), option);
    }

    public String title(String issue) {
        return titles.getOrDefault(issue, issue);
    }

    public String roleName(String roleId) {
        return roleNames.getOrDefault(roleId, roleId);
    }

    public int points(String issue, String option) {
        return points.getOrDefault(issue, Map.of()).getOrDefault(option, 0);
    }

    public int points(Map<String, String> deal) {
        return deal.entrySet().stream().mapToInt(e -> points(e.getKey(), e.getValue())).sum();
    }

    public boolean crosses(String issue, String option) {
        return redLines.contains(key(issue, option));
    }

    public boolean crossesAny(Map<String, String> deal) {
        return deal.entrySet().stream().anyMatch(e -> crosses(e.getKey(), e.getValue()));
    }

    /** This role's favourite option of an issue that crosses none of its red lines. */
    public String bestOption(String issue) {
        return options.get(issue).stream().filter(o -> !crosses(issue, o))
                .max((a, b) -> points(issue, a) - points(issue, b)).orElse(options.get(issue).get(0));
    }

    public int bestPossible() {
        return options.keySet().stream().mapToInt(i -> points(i, bestOption(i))).sum();
    }

    /** The spread of points one issue can make for this role. */
    public int spread(String issue) {
        List<Integer> values = options.get(issue).stream().map(o -> points(issue, o)).toList();
        return Collections.max(values) - Collections.min(values);
    }

    public Map<String, String> bestPackage() {
        Map<String, String> deal = new LinkedHashMap<>();
        options.keySet().forEach(i -> deal.put(i, bestOption(i)));
        return deal;
    }

    private static String key(String issue, String option) {
        return issue + "=" + option;
    }
}
