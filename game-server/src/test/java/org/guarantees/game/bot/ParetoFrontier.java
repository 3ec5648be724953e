package org.guarantees.game.bot;

import org.guarantees.game.scenario.Issue;
import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pareto frontier of a four-role scenario over its roles' points, by visiting every complete deal once. For each
 * points triple of the first three roles only the best outcome for the fourth is kept (with one deal that reaches it);
 * a kept point is on the frontier when no other point is at least as good for all four and better for one.
 */
final class ParetoFrontier {
    /** One frontier point: each role's points, and one deal that gives them. */
    record Point(int[] points, Map<String, String> deal) {
    }

    private final Scenario scenario;
    private final List<Role> roles;
    private final int[][][] points;
    private final int[] low;
    private final int[] size;
    private int[] best;
    private long[] witness;

    ParetoFrontier(Scenario scenario) {
        this.scenario = scenario;
        this.roles = scenario.roles();
        if (roles.size() != 4) {
            throw new IllegalArgumentException("the frontier search is written for four roles");
        }
        List<Issue> issues = scenario.issues();
        if (issues.size() > 21 || issues.stream().anyMatch(i -> i.options().size() > 8)) {
            throw new IllegalArgumentException("a deal is encoded in 3 bits per issue: at most 8 options, 21 issues");
        }
        points = new int[4][issues.size()][];
        low = new int[4];
        size = new int[4];
        for (int r = 0; r < 4; r++) {
            Role role = roles.get(r);
            for (int i = 0; i < issues.size(); i++) {
                Issue issue = issues.get(i);
                points[r][i] = issue.options().stream().mapToInt(o -> role.points(issue.id(), o.id())).toArray();
            }
            low[r] = role.worstPossible();
            size[r] = role.bestPossible() - role.worstPossible() + 2;
        }
    }

    List<Point> compute() {
        best = new int[size[0] * size[1] * size[2]];
        witness = new long[best.length];
        Arrays.fill(best, Integer.MIN_VALUE);
        visit(0, 0, 0, 0, 0, 0);
        int[] above = suffixMax();
        List<Point> frontier = new ArrayList<>();
        for (int a = 0; a < size[0] - 1; a++) {
            for (int b = 0; b < size[1] - 1; b++) {
                for (int c = 0; c < size[2] - 1; c++) {
                    int e = best[index(a, b, c)];
                    if (e != Integer.MIN_VALUE && e > Math.max(above[index(a + 1, b, c)],
                            Math.max(above[index(a, b + 1, c)], above[index(a, b, c + 1)]))) {
                        frontier.add(new Point(new int[]{a + low[0], b + low[1], c + low[2], e},
                                decode(witness[index(a, b, c)])));
                    }
                }
            }
        }
        return frontier;
    }

    private void visit(int issue, long code, int a, int b, int c, int d) {
        if (issue == points[0].length) {
            int at = index(a - low[0], b - low[1], c - low[2]);
            if (d > best[at]) {
                best[at] = d;
                witness[at] = code;
            }
            return;
        }
        int options = points[0][issue].length;
        for (int o = 0; o < options; o++) {
            visit(issue + 1, code * 8 + o, a + points[0][issue][o], b + points[1][issue][o], c + points[2][issue][o],
                    d + points[3][issue][o]);
        }
    }

    /** above[a][b][c] = the best fourth-role outcome among points at least (a, b, c); the last layer stays empty. */
    private int[] suffixMax() {
        int[] above = best.clone();
        for (int a = size[0] - 1; a >= 0; a--) {
            for (int b = size[1] - 1; b >= 0; b--) {
                for (int c = size[2] - 1; c >= 0; c--) {
                    int at = index(a, b, c);
                    if (a == size[0] - 1 || b == size[1] - 1 || c == size[2] - 1) {
                        above[at] = Integer.MIN_VALUE;
                        continue;
                    }
                    above[at] = Math.max(above[at], Math.max(above[index(a + 1, b, c)],
                            Math.max(above[index(a, b + 1, c)], above[index(a, b, c + 1)])));
                }
            }
        }
        return above;
    }

    private Map<String, String> decode(long code) {
        List<Issue> issues = scenario.issues();
        Map<String, String> deal = new LinkedHashMap<>();
        for (int i = issues.size() - 1; i >= 0; i--) {
            deal.put(issues.get(i).id(), issues.get(i).options().get((int) (code % 8)).id());
            code /= 8;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        issues.forEach(i -> ordered.put(i.id(), deal.get(i.id())));
        return ordered;
    }

    private int index(int a, int b, int c) {
        return (a * size[1] + b) * size[2] + c;
    }
}
