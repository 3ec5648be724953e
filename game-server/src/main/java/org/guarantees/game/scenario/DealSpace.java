package org.guarantees.game.scenario;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The space of complete deals of a scenario (one option per issue), searched without visiting every deal: because
 * points are additive, a branch is cut as soon as some role could no longer beat its value of no deal.
 */
public final class DealSpace {

    private final Scenario scenario;

    public DealSpace(Scenario scenario) {
        this.scenario = scenario;
    }

    /** How many complete deals exist. */
    public long size() {
        return scenario.issues().stream().mapToLong(i -> i.options().size()).reduce(1, (a, b) -> a * b);
    }

    /** How many complete deals every given role accepts. */
    public long countAcceptable(List<Role> roles) {
        return forEachAcceptable(roles, choice -> { });
    }

    /**
     * Calls the visitor with every complete deal that every given role accepts, as option indexes per issue (the array
     * is reused between calls: copy it to keep it), and returns how many there were.
     */
    public long forEachAcceptable(List<Role> roles, Consumer<int[]> visitor) {
        return forEachAcceptable(roles, Map.of(), visitor);
    }

    /** How many complete deals every given role accepts among those that contain the fixed options. */
    public long countAcceptable(List<Role> roles, Map<String, String> fixed) {
        return forEachAcceptable(roles, fixed, choice -> { });
    }

    /** As {@link #forEachAcceptable(List, Consumer)}, among the deals that contain the fixed options (issue to option). */
    public long forEachAcceptable(List<Role> roles, Map<String, String> fixed, Consumer<int[]> visitor) {
        Search search = new Search(roles, fixed, visitor);
        search.descend(0);
        return search.found;
    }

    /** The selection (issue id to option id) for option indexes as passed to a visitor. */
    public Map<String, String> selection(int[] choice) {
        Map<String, String> selection = new LinkedHashMap<>();
        for (int i = 0; i < choice.length; i++) {
            Issue issue = scenario.issues().get(i);
            selection.put(issue.id(), issue.options().get(choice[i]).id());
        }
        return selection;
    }

    private final class Search {
        private final int[] order;
        private final int[][][] points;
        private final boolean[][] allowed;
        private final int[][] bestFrom;
        private final int[] noDeal;
        private final int[] running;
        private final int[] choice;
        private final Consumer<int[]> visitor;
        private long found;

        Search(List<Role> roles, Map<String, String> fixed, Consumer<int[]> visitor) {
            List<Issue> issues = scenario.issues();
            int n = issues.size();
            this.visitor = visitor;
            points = new int[roles.size()][n][];
            allowed = new boolean[n][];
            bestFrom = new int[roles.size()][n + 1];
            noDeal = roles.stream().mapToInt(Role::noDealValue).toArray();
            running = new int[roles.size()];
            choice = new int[n];
            for (int i = 0; i < n; i++) {
                Issue issue = issues.get(i);
                allowed[i] = new boolean[issue.options().size()];
                for (int o = 0; o < allowed[i].length; o++) {
                    String option = issue.options().get(o).id();
                    allowed[i][o] = roles.stream().noneMatch(r -> r.crosses(issue.id(), option))
                            && fixed.getOrDefault(issue.id(), option).equals(option);
                }
                for (int r = 0; r < roles.size(); r++) {
                    Role role = roles.get(r);
                    points[r][i] = issue.options().stream().mapToInt(o -> role.points(issue.id(), o.id())).toArray();
                }
            }
            order = widestFirst(n);
            for (int r = 0; r < roles.size(); r++) {
                for (int i = n - 1; i >= 0; i--) {
                    int best = Integer.MIN_VALUE;
                    int issue = order[i];
                    for (int o = 0; o < allowed[issue].length; o++) {
                        if (allowed[issue][o]) {
                            best = Math.max(best, points[r][issue][o]);
                        }
                    }
                    bestFrom[r][i] = bestFrom[r][i + 1] + (best == Integer.MIN_VALUE ? 0 : best);
                }
            }
        }

        /** Issues whose options matter most come first, so hopeless branches are cut near the root. */
        private int[] widestFirst(int n) {
            Integer[] byWidth = new Integer[n];
            int[] width = new int[n];
            for (int i = 0; i < n; i++) {
                byWidth[i] = i;
                for (int[][] role : points) {
                    width[i] += Arrays.stream(role[i]).max().orElse(0) - Arrays.stream(role[i]).min().orElse(0);
                }
            }
            Arrays.sort(byWidth, (a, b) -> width[b] - width[a]);
            return Arrays.stream(byWidth).mapToInt(Integer::intValue).toArray();
        }

        void descend(int depth) {
            if (depth == choice.length) {
                found++;
                visitor.accept(choice);
                return;
            }
            int issue = order[depth];
            for (int o = 0; o < allowed[issue].length; o++) {
                if (!allowed[issue][o]) {
                    continue;
                }
                boolean reachable = true;
                for (int r = 0; r < running.length; r++) {
                    running[r] += points[r][issue][o];
                    reachable &= running[r] + bestFrom[r][depth + 1] > noDeal[r];
                }
                if (reachable) {
                    choice[issue] = o;
                    descend(depth + 1);
                }
                for (int r = 0; r < running.length; r++) {
                    running[r] -= points[r][issue][o];
                }
            }
        }
    }
}
