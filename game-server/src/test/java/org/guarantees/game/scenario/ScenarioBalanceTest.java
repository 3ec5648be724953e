package org.guarantees.game.scenario;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default scenario has a zone of agreement, but a narrow one, and no side gets everything. */
class ScenarioBalanceTest {

    private static Scenario scenario;
    private static DealSpace space;
    private static long acceptableToAll;
    private static Map<String, String> firstAcceptable;
    private static final double[] normalisedSum = new double[4];
    private static double bestWorstOff;
    private static Map<String, String> mostEven;

    @BeforeAll
    static void enumerateTheDealsAllFourAccept() {
        scenario = Fixtures.defaultScenario();
        space = new DealSpace(scenario);
        List<Role> roles = scenario.roles();
        acceptableToAll = space.forEachAcceptable(roles, choice -> {
            Map<String, String> deal = space.selection(choice);
            if (firstAcceptable == null) {
                firstAcceptable = deal;
            }
            double worstOff = 1;
            for (int r = 0; r < roles.size(); r++) {
                double share = roles.get(r).normalised(deal);
                normalisedSum[r] += share;
                worstOff = Math.min(worstOff, share);
            }
            if (worstOff > bestWorstOff) {
                bestWorstOff = worstOff;
                mostEven = deal;
            }
        });
        System.out.printf("deal space %d, acceptable to all four %d (%.2f%%), most even deal's worst-off role %.2f%n",
                space.size(), acceptableToAll, 100.0 * acceptableToAll / space.size(), bestWorstOff);
    }

    @Test
    void aDealAcceptableToAllFourRolesExistsButOnlyInANarrowZone() {
        assertTrue(acceptableToAll > 10_000, "too little room to negotiate: " + acceptableToAll);
        assertTrue(acceptableToAll < space.size() / 100, "too easy: " + acceptableToAll + " of " + space.size());
        for (Role role : scenario.roles()) {
            assertTrue(role.accepts(firstAcceptable), role.id() + " refuses " + firstAcceptable);
            assertTrue(space.countAcceptable(List.of(role)) > acceptableToAll, role.id() + " alone accepts no more than the table");
        }
    }

    @Test
    void noSingleDealIsEveryRolesBest() {
        boolean someIssueDivides = scenario.issues().stream().anyMatch(issue -> scenario.roles().stream()
                .map(role -> bestOptions(role, issue)).reduce((a, b) -> a.stream().filter(b::contains)
                        .collect(Collectors.toSet())).orElseThrow().isEmpty());
        assertTrue(someIssueDivides);
    }

    @Test
    void eachRolesIdealDealIsRefusedBySomeOtherRole() {
        for (Role role : scenario.roles()) {
            Map<String, String> ideal = ideal(role);
            assertEquals(role.bestPossible(), role.points(ideal));
            assertFalse(scenario.roles().stream().allMatch(other -> other.accepts(ideal)), role.id() + "'s ideal is accepted by all");
        }
    }

    @Test
    void theStrongestGuaranteeForUkraineIsNotAcceptableToEveryRoleAsItStands() {
        Map<String, String> strongest = Map.of("guarantee-form", "article5-like", "legal-form", "ratified-treaty",
                "guarantors", "coalition-with-us", "trigger", "automatic", "foreign-forces", "reassurance-force",
                "us-backstop", "air-support");
        assertEquals(0, space.countAcceptable(scenario.roles(), strongest));
        assertEquals(0, space.countAcceptable(List.of(scenario.role("russia").orElseThrow()), strongest));
        assertEquals(0, space.countAcceptable(List.of(scenario.role("usa").orElseThrow()), strongest));
        Map<String, String> ratifiedCollectiveGuarantee = Map.of("guarantee-form", "article5-like",
                "legal-form", "ratified-treaty", "guarantors", "coalition-with-us", "trigger", "constitutional-process");
        assertTrue(space.countAcceptable(scenario.roles(), ratifiedCollectiveGuarantee) > 0,
                "a binding guarantee should be reachable at a price");
    }

    @Test
    void someIssuesAreIntegrativeSoATradeAcrossTwoIssuesGainsBothSides() {
        // The 20-point plan's own bargains: an army capped at 800,000, or NATO deferred, for an Article 5-like guarantee.
        assertTrue(trades("ukraine", "russia").contains("force-ceiling=ceiling-800k for guarantee-form=article5-like"));
        assertTrue(trades("ukraine", "usa").contains("nato=deferred for guarantee-form=article5-like"));
        assertTrue(trades("usa", "europe").contains("guarantee-form=article5-like for nato=deferred"));
    }

    @Test
    void rolesNormalisedPointsOverTheAcceptableDealsAreWithinFifteenPercentagePoints() {
        List<Double> means = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            means.add(normalisedSum[r] / acceptableToAll);
        }
        double spread = means.stream().mapToDouble(d -> d).max().orElseThrow() - means.stream().mapToDouble(d -> d).min().orElseThrow();
        System.out.println("mean normalised points over acceptable deals " + scenario.roleIds() + ": " + means);
        assertTrue(spread <= 0.15, "spread " + spread);
    }

    @Test
    void theMostEvenAcceptableDealGivesEveryRoleWellOverHalfItsRange() {
        assertTrue(bestWorstOff >= 0.6, "worst-off role gets only " + bestWorstOff);
        assertTrue(scenario.roles().stream().allMatch(role -> role.accepts(mostEven)));
    }

    /** Logrolls from the status quo: a concedes on one issue, b on another, and both end up better off. */
    private List<String> trades(String a, String b) {
        Role first = scenario.role(a).orElseThrow();
        Role second = scenario.role(b).orElseThrow();
        Map<String, String> start = scenario.defaultSelection();
        List<String> trades = new ArrayList<>();
        for (Issue given : scenario.issues()) {
            for (Issue taken : scenario.issues()) {
                if (given == taken) {
                    continue;
                }
                for (Option x : given.options()) {
                    for (Option y : taken.options()) {
                        Map<String, String> after = new LinkedHashMap<>(start);
                        after.put(given.id(), x.id());
                        after.put(taken.id(), y.id());
                        int gainFirstOnGiven = first.points(given.id(), x.id()) - first.points(given.id(), start.get(given.id()));
                        int gainSecondOnTaken = second.points(taken.id(), y.id()) - second.points(taken.id(), start.get(taken.id()));
                        boolean concessionEachWay = gainFirstOnGiven < 0 && gainSecondOnTaken < 0;
                        if (concessionEachWay && first.points(after) > first.points(start) && second.points(after) > second.points(start)
                                && first.redLinesCrossed(after).isEmpty() && second.redLinesCrossed(after).isEmpty()) {
                            trades.add(given.id() + "=" + x.id() + " for " + taken.id() + "=" + y.id());
                        }
                    }
                }
            }
        }
        return trades;
    }

    private static Set<String> bestOptions(Role role, Issue issue) {
        int best = issue.options().stream().mapToInt(o -> role.points(issue.id(), o.id())).max().orElseThrow();
        return issue.options().stream().filter(o -> role.points(issue.id(), o.id()) == best).map(Option::id).collect(Collectors.toSet());
    }

    private static Map<String, String> ideal(Role role) {
        Map<String, String> ideal = new LinkedHashMap<>();
        scenario.issues().forEach(issue -> ideal.put(issue.id(), bestOptions(role, issue).iterator().next()));
        return ideal;
    }
}
