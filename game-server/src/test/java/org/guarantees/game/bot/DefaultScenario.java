package org.guarantees.game.bot;

import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.scenario.ScenarioCatalog;
import org.guarantees.game.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The default scenario exactly as the server ships it. */
final class DefaultScenario {

    private DefaultScenario() {
    }

    static Scenario load() {
        try (InputStream in = DefaultScenario.class.getClassLoader().getResourceAsStream(ScenarioCatalog.DEFAULT_RESOURCE)) {
            return ScenarioLoader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
