package org.guarantees.game.bot;

import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The numbers of a tournament: deal rates, durability, points per role, and where the deals land against the frontier. */
final class TournamentFigures {
    final Scenario scenario;
    final List<GameResult> games;
    final List<ParetoFrontier.Point> frontier;
    final Map<String, Double> dealRateByMix = new TreeMap<>();
    final Map<String, Double> dealRateByRoleStrategy = new LinkedHashMap<>();
    final Map<String, Double> meanPoints = new LinkedHashMap<>();
    final Map<String, Double> meanPointsInDeals = new LinkedHashMap<>();
    final Map<String, Map<String, Integer>> optionCounts = new LinkedHashMap<>();
    final int[] durabilityBins = new int[10];
    final int[] distanceBins = new int[10];
    double dealRate;
    double meanDurability;
    double meanDistance;
    double onFrontier;
    long frontierAcceptableToAll;
    ParetoFrontier.Point mostDurable;
    int mostDurableScore;
    List<String> mostDurableRefusedBy;
    private List<double[]> frontierShares;

    TournamentFigures(Scenario scenario, List<GameResult> games, List<ParetoFrontier.Point> frontier, DurabilityRater rater) {
        this.scenario = scenario;
        this.games = games;
        this.frontier = frontier;
        List<GameResult> deals = games.stream().filter(GameResult::concluded).toList();
        dealRate = deals.size() / (double) games.size();
        for (GameResult game : games) {
            dealRateByMix.merge(game.mixLabel(), game.concluded() ? 1.0 / countOf(game.mixLabel()) : 0, Double::sum);
        }
        for (int r = 0; r < scenario.roles().size(); r++) {
            Role role = scenario.roles().get(r);
            int seat = r;
            for (String strategy : Strategies.names()) {
                List<GameResult> with = games.stream().filter(g -> g.mix().get(seat).equals(strategy)).toList();
                dealRateByRoleStrategy.put(role.id() + " as " + strategy,
                        with.stream().filter(GameResult::concluded).count() / (double) with.size());
            }
            meanPoints.put(role.id(), games.stream().mapToDouble(g -> share(role, g.points().get(role.id()))).average().orElse(0));
            meanPointsInDeals.put(role.id(), deals.stream().mapToDouble(g -> role.normalised(g.deal())).average().orElse(0));
        }
        scenario.issues().forEach(issue -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            issue.options().forEach(o -> counts.put(o.id(), 0));
            deals.forEach(g -> counts.merge(g.deal().get(issue.id()), 1, Integer::sum));
            optionCounts.put(issue.id(), counts);
        });
        deals.forEach(g -> durabilityBins[Math.min(9, rater.score(g.deal()) / 10)]++);
        meanDurability = deals.stream().mapToInt(g -> rater.score(g.deal())).average().orElse(0);
        double[] distances = deals.stream().mapToDouble(g -> distanceToFrontier(g.deal())).toArray();
        for (double d : distances) {
            distanceBins[Math.min(9, (int) (d * 20))]++;
        }
        meanDistance = java.util.Arrays.stream(distances).average().orElse(0);
        onFrontier = java.util.Arrays.stream(distances).filter(d -> d < 1e-9).count() / (double) Math.max(1, distances.length);
        frontierAcceptableToAll = frontier.stream().filter(p -> acceptableToAll(p.deal())).count();
        mostDurable = frontier.stream().max(Comparator.comparingInt((ParetoFrontier.Point p) -> rater.score(p.deal()))
                .thenComparingInt(p -> acceptableToAll(p.deal()) ? 0 : 1)).orElseThrow();
        mostDurableScore = rater.score(mostDurable.deal());
        mostDurableRefusedBy = scenario.roles().stream().filter(r -> !r.accepts(mostDurable.deal())).map(Role::id).toList();
    }

    double maxGapPercentagePoints() {
        return 100 * (meanPoints.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - meanPoints.values().stream().mapToDouble(Double::doubleValue).min().orElse(0));
    }

    static double share(Role role, int points) {
        return (points - role.worstPossible()) / (double) (role.bestPossible() - role.worstPossible());
    }

    /** Euclidean distance, in shares of each role's range, from a deal to the nearest point of the frontier. */
    double distanceToFrontier(Map<String, String> deal) {
        List<Role> roles = scenario.roles();
        double[] shares = roles.stream().mapToDouble(r -> share(r, r.points(deal))).toArray();
        double best = Double.MAX_VALUE;
        for (double[] point : frontierShares()) {
            double sum = 0;
            for (int r = 0; r < shares.length; r++) {
                sum += (point[r] - shares[r]) * (point[r] - shares[r]);
            }
            best = Math.min(best, sum);
        }
        return Math.sqrt(best);
    }

    private List<double[]> frontierShares() {
        if (frontierShares == null) {
            List<Role> roles = scenario.roles();
            frontierShares = frontier.stream().map(p -> {
                double[] shares = new double[roles.size()];
                for (int r = 0; r < shares.length; r++) {
                    shares[r] = share(roles.get(r), p.points()[r]);
                }
                return shares;
            }).toList();
        }
        return frontierShares;
    }

    private boolean acceptableToAll(Map<String, String> deal) {
        return scenario.roles().stream().allMatch(r -> r.accepts(deal));
    }

    private long countOf(String mix) {
        return games.stream().filter(g -> g.mixLabel().equals(mix)).count();
    }
}
