package org.guarantees.game.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioCatalogTest {

    private static final String OTHER = Fixtures.defaultYaml()
            .replace("id: ukraine-guarantees-2026", "id: seminar-variant")
            .replace("title: Security guarantees for Ukraine", "title: A seminar variant");

    @Test
    void theDefaultScenarioIsLoadedFromTheClasspath() {
        ScenarioCatalog catalog = new ScenarioCatalog(Optional.empty());
        assertEquals("ukraine-guarantees-2026", catalog.defaultScenario().id());
        assertSame(catalog.defaultScenario(), catalog.get("ukraine-guarantees-2026").orElseThrow());
        assertTrue(catalog.get("nope").isEmpty());
    }

    @Test
    void extraFilesFromConfigurationAreLoadedToo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("variant.yaml"), OTHER);
        ScenarioCatalog catalog = new ScenarioCatalog(Optional.of(List.of(" " + file + " ")));
        assertEquals("A seminar variant", catalog.get("seminar-variant").orElseThrow().title());
    }

    @Test
    void aBrokenExtraFileStopsStartUpNamingTheFileAndTheElement(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.yaml"), OTHER.replace("noDealValue: 53", "noDealValue: lots"));
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> new ScenarioCatalog(Optional.of(List.of(file.toString()))));
        assertEquals(file + ": roles[1].noDealValue", e.element());
        assertTrue(e.getMessage().contains("whole number"));
        Path missing = dir.resolve("missing.yaml");
        assertEquals(missing.toString(), assertThrows(InvalidScenarioException.class,
                () -> new ScenarioCatalog(Optional.of(List.of(missing.toString())))).element());
    }

    @Test
    void registeringTheSameScenarioTwiceIsHarmlessButADifferentOneCannotTakeItsId() {
        ScenarioCatalog catalog = new ScenarioCatalog(Optional.empty());
        Scenario first = catalog.register(stream(OTHER));
        assertSame(first, catalog.register(stream(OTHER)));
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> catalog.register(stream(OTHER.replace("title: A seminar variant", "title: Changed"))));
        assertEquals("id", e.element());
        assertEquals("A seminar variant", catalog.get("seminar-variant").orElseThrow().title());
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
