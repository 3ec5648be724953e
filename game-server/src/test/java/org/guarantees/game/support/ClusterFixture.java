package org.guarantees.game.support;

import io.restassured.RestAssured;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The real scoring service and several game-server processes sharing one PostgreSQL, as in a scaled-out deployment. */
public final class ClusterFixture implements AutoCloseable {
    public final JarProcess scoring;
    public final List<JarProcess> gameServers = new ArrayList<>();

    public ClusterFixture(int gameServerCount) {
        this(gameServerCount, Map.of());
    }

    /** With {@code settings} (environment variables, e.g. GAME_BOT_THINK_MIN) given to every game-server process. */
    public ClusterFixture(int gameServerCount, Map<String, String> settings) {
        scoring = new JarProcess(JarProcess.moduleJar("scoring-service"), JarProcess.freePort(), Map.of(), List.of()).start();
        for (int i = 0; i < gameServerCount; i++) {
            Map<String, String> environment = new HashMap<>(settings);
            environment.putAll(Map.of(
                    "DB_URL", env("TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/game_test"),
                    "DB_USER", env("TEST_DB_USER", "game"),
                    "DB_PASSWORD", env("TEST_DB_PASSWORD", "game"),
                    "SCORING_URL", scoring.url()));
            gameServers.add(new JarProcess(JarProcess.moduleJar("game-server"), JarProcess.freePort(), environment,
                    List.of()).start());
        }
    }

    public JarProcess game(int index) {
        return gameServers.get(index);
    }

    /** Points RestAssured at one process, so the fixtures' REST calls go there. */
    public void useForRest(JarProcess server) {
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = server.uri().getPort();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        gameServers.forEach(JarProcess::stop);
        scoring.stop();
        RestAssured.reset();
    }
}
