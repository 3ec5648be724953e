package org.guarantees.game.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;

/** Reads a scenario from YAML and rejects anything that cannot be played, naming the offending element. */
public final class ScenarioLoader {

    private static final YAMLMapper YAML = new YAMLMapper();

    private ScenarioLoader() {
    }

    public static Scenario load(InputStream yaml) throws InvalidScenarioException {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "(file)" : "line " + e.getLocation().getLineNr();
            throw new InvalidScenarioException(where, "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidScenarioException("(file)", "could not be read: " + e.getMessage(), e);
        }
        Scenario scenario = ScenarioReader.read(root);
        ScenarioValidator.validate(scenario);
        TermsValidator.validate(scenario);
        return scenario;
    }
}
