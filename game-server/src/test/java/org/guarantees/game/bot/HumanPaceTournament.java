package org.guarantees.game.bot;

import org.guarantees.game.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One scripted student and three bots at default settings, headless on the scenario's own round plan: every mix of
 * strategies over the three bot seats, times every role the student can play, {@code tablesPerSetting} seeded tables
 * each. Every clock and think time runs on the table's simulated clock, so the whole game is compressed alike.
 */
final class HumanPaceTournament {
    private final Scenario scenario;

    HumanPaceTournament(Scenario scenario) {
        this.scenario = scenario;
    }

    /** One configuration: the student's role and the bots' strategies by role. */
    record Setting(String studentRole, Map<String, String> strategies) {
    }

    List<Setting> settings() {
        List<String> roles = scenario.roleIds();
        List<Setting> settings = new ArrayList<>();
        for (String student : roles) {
            List<String> bots = roles.stream().filter(r -> !r.equals(student)).toList();
            for (List<ConcessionStrategy> mix : Tournament.mixes(bots.size())) {
                Map<String, String> strategies = new LinkedHashMap<>();
                for (int i = 0; i < bots.size(); i++) {
                    strategies.put(bots.get(i), mix.get(i).name());
                }
                settings.add(new Setting(student, strategies));
            }
        }
        return settings;
    }

    List<HumanPaceGame> play(int tablesPerSetting, int threads) throws Exception {
        List<Setting> settings = settings();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<HumanPaceGame>> games = new ArrayList<>();
            for (int s = 0; s < settings.size(); s++) {
                for (int t = 0; t < tablesPerSetting; t++) {
                    Setting setting = settings.get(s);
                    long seed = 7_919L * s + 104_729L * t + 15;
                    games.add(pool.submit(() -> playOne(setting, seed)));
                }
            }
            List<HumanPaceGame> results = new ArrayList<>();
            for (Future<HumanPaceGame> game : games) {
                results.add(game.get());
                if (results.size() % 50 == 0) {
                    System.out.printf("  %d of %d games%n", results.size(), games.size());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    HumanPaceGame playOne(Setting setting, long seed) {
        ScriptedStudent[] student = new ScriptedStudent[1];
        HeadlessTable table = new HeadlessTable(scenario, seed, HeadlessTable.DEFAULT_TICK, brief -> {
            if (brief.role().equals(setting.studentRole())) {
                student[0] = new ScriptedStudent(brief, seed * 31 + 7, ScriptedStudent.Pace.HUMAN, true);
                return student[0];
            }
            return BotPlayer.of(brief, Strategies.byName(setting.strategies().get(brief.role())).orElseThrow(),
                    seed * 31 + brief.roles().indexOf(brief.role()));
        });
        table.play();
        return HumanPaceGame.read(scenario, setting.studentRole(), setting.strategies(), table, student[0]);
    }
}
