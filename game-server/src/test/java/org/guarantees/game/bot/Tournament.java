package org.guarantees.game.bot;

import org.guarantees.game.domain.Phase;
import org.guarantees.game.domain.TableState;
import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plays every mix of strategies over the four roles, {@code tablesPerMix} seeded tables each, headless. */
final class Tournament {
    private final Scenario scenario;

    Tournament(Scenario scenario) {
        this.scenario = scenario;
    }

    List<GameResult> play(int tablesPerMix) {
        List<GameResult> results = new ArrayList<>();
        for (List<ConcessionStrategy> mix : mixes(scenario.roles().size())) {
            for (int table = 0; table < tablesPerMix; table++) {
                results.add(playOne(mix, 1000L * results.size() + table));
            }
        }
        return results;
    }

    GameResult playOne(List<ConcessionStrategy> mix, long seed) {
        List<String> roles = scenario.roleIds();
        HeadlessTable table = new HeadlessTable(scenario, seed,
                brief -> BotPlayer.of(brief, mix.get(roles.indexOf(brief.role()))));
        TableState end = table.play();
        Map<String, String> deal = end.phase() == Phase.CONCLUDED ? Map.copyOf(end.draft()) : null;
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Role role : scenario.roles()) {
            points.put(role.id(), deal == null ? role.noDealValue() : role.points(deal));
        }
        return new GameResult(mix.stream().map(ConcessionStrategy::name).toList(), deal, points, end.lastSeq());
    }

    static List<List<ConcessionStrategy>> mixes(int seats) {
        List<List<ConcessionStrategy>> mixes = new ArrayList<>();
        mixes.add(List.of());
        for (int seat = 0; seat < seats; seat++) {
            List<List<ConcessionStrategy>> longer = new ArrayList<>();
            for (List<ConcessionStrategy> prefix : mixes) {
                for (ConcessionStrategy strategy : Strategies.ALL) {
                    List<ConcessionStrategy> mix = new ArrayList<>(prefix);
                    mix.add(strategy);
                    longer.add(mix);
                }
            }
            mixes = longer;
        }
        return mixes;
    }
}
