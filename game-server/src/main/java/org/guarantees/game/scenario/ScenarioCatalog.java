package org.guarantees.game.scenario;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenarios this process can play: the default one from the classpath, any files named in
 * {@code game.scenario.extra-files}, and any an instructor registers. A broken file stops start-up.
 */
@Startup
@ApplicationScoped
public class ScenarioCatalog {

    public static final String DEFAULT_RESOURCE = "scenarios/ukraine-guarantees.yaml";

    private final Map<String, Scenario> scenarios = new ConcurrentHashMap<>();
    private final Scenario defaultScenario;

    @Inject
    public ScenarioCatalog(@ConfigProperty(name = "game.scenario.extra-files") Optional<List<String>> extraFiles) {
        try (InputStream in = ScenarioCatalog.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new InvalidScenarioException(DEFAULT_RESOURCE, "is not on the classpath");
            }
            defaultScenario = register(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        extraFiles.orElse(List.of()).stream().map(String::strip).filter(f -> !f.isEmpty()).forEach(this::registerFile);
    }

    public Scenario defaultScenario() {
        return defaultScenario;
    }

    public Optional<Scenario> get(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    public Collection<Scenario> all() {
        return List.copyOf(scenarios.values());
    }

    /** Validates and adds a scenario; loading the same scenario again is harmless, a different one under a taken id is not. */
    public Scenario register(InputStream yaml) throws InvalidScenarioException {
        Scenario scenario = ScenarioLoader.load(yaml);
        Scenario existing = scenarios.putIfAbsent(scenario.id(), scenario);
        if (existing != null && !existing.equals(scenario)) {
            throw new InvalidScenarioException("id", "a different scenario with id '" + scenario.id() + "' is already loaded");
        }
        return existing != null ? existing : scenario;
    }

    private void registerFile(String file) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            register(in);
        } catch (InvalidScenarioException e) {
            throw new InvalidScenarioException(file + ": " + e.element(), e.getMessage().substring(e.element().length() + 2), e);
        } catch (IOException e) {
            throw new InvalidScenarioException(file, "could not be read: " + e.getMessage(), e);
        }
    }
}
