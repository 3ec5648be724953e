package org.guarantees.game.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A delegation at the table. Its points are additive: a deal is worth the sum of the points of the option chosen on
 * each issue. A role accepts a deal that crosses none of its red lines and is worth more than its value of no deal.
 */
public record Role(String id, String name, Brief brief, Map<String, Map<String, Integer>> points,
                   List<OptionRef> redLines, int noDealValue) {

    public Role {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        points.forEach((issue, schedule) -> copy.put(issue, Collections.unmodifiableMap(new LinkedHashMap<>(schedule))));
        points = Collections.unmodifiableMap(copy);
        redLines = List.copyOf(redLines);
    }

    /** Points of one option, 0 for an option the schedule does not know. */
    public int points(String issueId, String optionId) {
        return points.getOrDefault(issueId, Map.of()).getOrDefault(optionId, 0);
    }

    public int points(Map<String, String> selection) {
        return selection.entrySet().stream().mapToInt(e -> points(e.getKey(), e.getValue())).sum();
    }

    public List<OptionRef> redLinesCrossed(Map<String, String> selection) {
        return redLines.stream().filter(r -> r.option().equals(selection.get(r.issue()))).toList();
    }

    public boolean crosses(String issueId, String optionId) {
        return redLines.contains(new OptionRef(issueId, optionId));
    }

    public boolean accepts(Map<String, String> selection) {
        return redLinesCrossed(selection).isEmpty() && points(selection) > noDealValue;
    }

    public int bestPossible() {
        return points.values().stream().mapToInt(s -> s.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
    }

    public int worstPossible() {
        return points.values().stream().mapToInt(s -> s.values().stream().mapToInt(Integer::intValue).min().orElse(0)).sum();
    }

    /** Where a deal lands between this role's worst (0.0) and best (1.0) possible outcome. */
    public double normalised(Map<String, String> selection) {
        int range = bestPossible() - worstPossible();
        return range == 0 ? 1.0 : (points(selection) - worstPossible()) / (double) range;
    }
}
