package org.guarantees.game.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The default scenario as shipped, as records and as text to corrupt. */
final class Fixtures {

    private Fixtures() {
    }

    static String defaultYaml() {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(ScenarioCatalog.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario defaultScenario() {
        return load(defaultYaml());
    }

    static Scenario load(String yaml) {
        return ScenarioLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
