package org.guarantees.scoring.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;

/** Small checks shared by the rules file compilers. */
final class Checks {
    private Checks() {
    }

    static void text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new RulesFileException(what + " is missing");
        }
    }

    static <T> T read(ObjectMapper mapper, JsonNode node, Class<T> type, String label) {
        if (node == null || !node.isObject()) {
            throw new RulesFileException(label + ": expected an object");
        }
        try {
            return mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(node);
        } catch (UnrecognizedPropertyException e) {
            throw new RulesFileException(label + ": unknown key '" + e.getPropertyName() + "'", e);
        } catch (JsonProcessingException e) {
            throw new RulesFileException(label + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RulesFileException(label + ": " + e.getMessage(), e);
        }
    }
}
