package org.guarantees.game.bot;

import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The all-bot tournament's balance targets (docs/tournament.md), on the same games {@link TournamentMain} plays with
 * its documented arguments (10 seeded tables per mix of strategies, 810 games): the deal rate stays between 40% and
 * 85%, and no two roles' mean points differ by more than 15 percentage points. The durability figures need the
 * scoring service and are left to {@link TournamentMain}.
 */
class TournamentBalanceTest {

    @Test
    void theAllBotTournamentMeetsItsBalanceTargets() {
        Scenario scenario = DefaultScenario.load();
        List<GameResult> games = new Tournament(scenario).play(10);
        double dealRate = games.stream().filter(GameResult::concluded).count() / (double) games.size();
        double highest = 0;
        double lowest = 1;
        for (Role role : scenario.roles()) {
            double mean = games.stream().mapToDouble(g -> TournamentFigures.share(role, g.points().get(role.id())))
                    .average().orElseThrow();
            highest = Math.max(highest, mean);
            lowest = Math.min(lowest, mean);
        }
        System.out.printf("all-bot tournament, 10 tables per mix: deal rate %.1f%%, widest points gap %.1f pp%n",
                100 * dealRate, 100 * (highest - lowest));
        assertThat(dealRate).as("deal rate across all mixes").isBetween(0.40, 0.85);
        assertThat(100 * (highest - lowest)).as("widest gap between two roles' mean points, pp").isLessThanOrEqualTo(15);
    }
}
