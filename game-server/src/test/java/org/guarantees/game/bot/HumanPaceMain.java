package org.guarantees.game.bot;

import org.guarantees.game.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plays the human-pace tournament (one scripted student and three bots at default settings, headless, on the
 * scenario's own round plan) and writes its section of docs/tournament.md, leaving the all-bot sections as they are.
 * Arguments: {@code --tables N} (tables per setting, default 3), {@code --threads N} (games played at once, default 1;
 * the games and the figures do not depend on it), {@code --docs DIR} (default: the repository's docs/).
 */
public final class HumanPaceMain {
    static final String COMMAND = "./mvnw -pl game-server test-compile exec:java "
            + "-Dexec.mainClass=org.guarantees.game.bot.HumanPaceMain -Dexec.classpathScope=test -Dexec.args=\"--tables 3\"";

    private HumanPaceMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int tables = Integer.parseInt(options.getOrDefault("--tables", "3"));
        int threads = Integer.parseInt(options.getOrDefault("--threads", "1"));
        Path docs = Path.of(options.getOrDefault("--docs", Files.isDirectory(Path.of("docs")) ? "docs" : "../docs"));
        Scenario scenario = DefaultScenario.load();
        long start = System.currentTimeMillis();
        List<HumanPaceGame> games = new HumanPaceTournament(scenario).play(tables, threads);
        long millis = System.currentTimeMillis() - start;
        String command = COMMAND.replace("--tables 3", "--tables " + tables);
        new HumanPaceReport(scenario, games).write(docs, command, tables, millis);
        long deals = games.stream().filter(HumanPaceGame::concluded).count();
        System.out.printf(Locale.ROOT, "played %d games in %d s: deal rate %.1f%%; wrote %s%n", games.size(),
                millis / 1000, 100.0 * deals / games.size(), docs.resolve("tournament.md"));
    }
}
