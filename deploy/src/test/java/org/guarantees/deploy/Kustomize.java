package org.guarantees.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization with the real kubectl (kustomize built in), offline: no cluster is contacted. */
final class Kustomize {
    private Kustomize() {
    }

    static String render(Path directory) {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        ProcessBuilder builder = new ProcessBuilder(kubectl, "kustomize", directory.toString());
        try {
            Process process = builder.start();
            String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed: " + errors);
            }
            return yaml;
        } catch (IOException e) {
            throw new AssertionError("these tests render the manifests with kubectl: install it (deploy/local/test does,"
                    + " with apt-get install kubernetes-client) or name it with KUBECTL=/path/to/kubectl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
