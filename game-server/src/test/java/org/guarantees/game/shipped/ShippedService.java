package org.guarantees.game.shipped;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service started exactly as {@code deploy/local/run} starts it: {@code java -jar <built jar>} with no JVM option
 * and no system property, configured only through the environment variables the run command sets. The inherited
 * environment is kept (the run command keeps it too), except variables that would configure the service behind the
 * run command's back (QUARKUS_*, GAME_*, DB_*, SCORING_*, TEST_DB_*, LOG_JSON, WS_PING_INTERVAL).
 */
final class ShippedService implements AutoCloseable {
    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private Process process;
    private File log;

    ShippedService(String name, Path jar, int port, Map<String, String> environment) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = environment;
    }

    ShippedService start() {
        try {
            log = Files.createTempFile("shipped-" + name + "-", ".log").toFile();
            ProcessBuilder builder = new ProcessBuilder(List.of("java", "-jar", jar.toAbsolutePath().toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
            builder.environment().keySet().removeIf(k -> k.matches(
                    "(QUARKUS_|GAME_|DB_|SCORING_|TEST_DB_).*|LOG_JSON|WS_PING_INTERVAL|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS"));
            builder.environment().putAll(environment);
            process = builder.start();
            long deadline = System.currentTimeMillis() + 120_000;
            while (!ready()) {
                if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                    throw new IllegalStateException(name + " did not become ready on port " + port + "; log " + log
                            + ":\n" + tail());
                }
                Thread.sleep(250);
            }
            return this;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Path log() {
        return log.toPath();
    }

    boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) uri().resolve("/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log.toPath());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** SIGTERM, as Ctrl-C on the run command does; SIGKILL after 20 s. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
