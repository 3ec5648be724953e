package org.guarantees.game.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;

/**
 * The real scoring service, started from its built jar for the game-server's tests (no mock of our own service). Tests
 * can stop and restart it to play an outage.
 */
public class ScoringServiceProcess implements QuarkusTestResourceLifecycleManager {
    private static JarProcess process;

    @Override
    public Map<String, String> start() {
        process = new JarProcess(JarProcess.moduleJar("scoring-service"), JarProcess.freePort(), Map.of(), List.of())
                .start();
        return Map.of("quarkus.rest-client.scoring.url", process.url());
    }

    @Override
    public void stop() {
        process.stop();
    }

    public static void stopProcess() {
        process.stop();
    }

    public static void startProcess() {
        process.start();
    }
}
