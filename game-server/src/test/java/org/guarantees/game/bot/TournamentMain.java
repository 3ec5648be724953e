package org.guarantees.game.bot;

import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.support.JarProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Plays the headless bot tournament on the default scenario and writes docs/tournament.md with its charts.
 * Arguments: {@code --tables N} (tables per mix of strategies, default 10), {@code --docs DIR} (default: the
 * repository's docs/), {@code --scoring URL} (a running scoring service; by default its built jar is started).
 */
public final class TournamentMain {
    static final String COMMAND = "./mvnw -pl game-server test-compile exec:java "
            + "-Dexec.mainClass=org.guarantees.game.bot.TournamentMain -Dexec.classpathScope=test -Dexec.args=\"--tables 10\"";

    private TournamentMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int tables = Integer.parseInt(options.getOrDefault("--tables", "10"));
        Path docs = Path.of(options.getOrDefault("--docs", Files.isDirectory(Path.of("docs")) ? "docs" : "../docs"));
        JarProcess scoring = null;
        String url = options.get("--scoring");
        if (url == null) {
            scoring = new JarProcess(scoringJar(), JarProcess.freePort(), Map.of(), List.of()).start();
            url = scoring.url();
        }
        try {
            Scenario scenario = DefaultScenario.load();
            long start = System.currentTimeMillis();
            List<GameResult> games = new Tournament(scenario).play(tables);
            System.out.printf("played %d games in %d s%n", games.size(), (System.currentTimeMillis() - start) / 1000);
            List<ParetoFrontier.Point> frontier = new ParetoFrontier(scenario).compute();
            TournamentFigures figures = new TournamentFigures(scenario, games, frontier, new DurabilityRater(scenario, url));
            new TournamentReport(figures).write(docs, COMMAND.replace("--tables 10", "--tables " + tables), tables);
            System.out.printf("deal rate %.1f%%, widest points gap %.1f pp, most durable frontier deal refused by %s; "
                    + "wrote %s%n", 100 * figures.dealRate, figures.maxGapPercentagePoints(), figures.mostDurableRefusedBy,
                    docs.resolve("tournament.md"));
        } finally {
            if (scoring != null) {
                scoring.stop();
            }
        }
    }

    private static Path scoringJar() {
        for (String root : List.of(".", "..")) {
            Path jar = Path.of(root, "scoring-service", "target", "quarkus-app", "quarkus-run.jar");
            if (Files.exists(jar)) {
                return jar;
            }
        }
        throw new IllegalStateException("build the scoring service first: ./mvnw -pl scoring-service package -DskipTests");
    }
}
