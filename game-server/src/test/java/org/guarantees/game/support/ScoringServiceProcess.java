package org.guarantees.game.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real scoring service, started from its built jar for the game-server's tests (no mock of our own service). Tests
 * can stop and restart it to play an outage.
 */
public class ScoringServiceProcess implements QuarkusTestResourceLifecycleManager {
    private static final Path JAR = Path.of("..", "scoring-service", "target", "quarkus-app", "quarkus-run.jar");
    private static Process process;
    private static int port;

    @Override
    public Map<String, String> start() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("build the scoring service first: ./mvnw -pl scoring-service package"
                    + " (the reactor build does this before game-server's tests)");
        }
        port = freePort();
        startProcess();
        return Map.of("quarkus.rest-client.scoring.url", url());
    }

    @Override
    public void stop() {
        stopProcess();
    }

    public static String url() {
        return "http://127.0.0.1:" + port;
    }

    public static synchronized void startProcess() {
        try {
            File log = Files.createTempFile("scoring-service", ".log").toFile();
            process = new ProcessBuilder("java", "-Xmx256m", "-Dquarkus.http.port=" + port,
                    "-Dquarkus.http.host=127.0.0.1", "-jar", JAR.toString())
                    .redirectErrorStream(true).redirectOutput(log).start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (!ready()) {
                if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                    throw new IllegalStateException("scoring service did not start; see " + log);
                }
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized void stopProcess() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private static boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(500);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
