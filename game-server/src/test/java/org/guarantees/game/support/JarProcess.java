package org.guarantees.game.support;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of our services started from its built Quarkus jar, as a deployer would run it; killable like a real pod. */
public final class JarProcess {
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> systemProperties;
    private Process process;
    private File log;

    public JarProcess(Path jar, int port, Map<String, String> environment, List<String> systemProperties) {
        this.jar = jar;
        this.port = port;
        this.environment = environment;
        this.systemProperties = systemProperties;
    }

    public static Path moduleJar(String module) {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build " + module + " first: ./mvnw -pl " + module + " package -DskipTests");
        }
        return jar;
    }

    public JarProcess start() {
        try {
            log = Files.createTempFile(jar.getParent().getParent().getParent().getFileName() + "-", ".log").toFile();
            List<String> command = new ArrayList<>(List.of("java", "-Xmx384m", "-Dquarkus.http.port=" + port,
                    "-Dquarkus.http.host=127.0.0.1"));
            command.addAll(systemProperties);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
            builder.environment().putAll(environment);
            process = builder.start();
            long deadline = System.currentTimeMillis() + 90_000;
            while (!ready()) {
                if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                    throw new IllegalStateException(jar + " did not become ready; log: " + tail());
                }
                Thread.sleep(200);
            }
            return this;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, as when a node dies. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** SIGTERM, as Kubernetes sends when it terminates a pod: shutdown hooks run. Waits until the process exited. */
    public void terminate() {
        stop();
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    public void stop() {
        if (process != null) {
            process.destroy();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public URI uri() {
        return URI.create(url());
    }

    public boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log.toPath());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
