package org.guarantees.scoring.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guarantees.scoring.domain.Deal;
import org.guarantees.scoring.domain.Violation;

/**
 * Reads a Deal strictly: unknown fields, unknown enum values, wrong types, missing required fields and unknown country
 * codes are all reported together, each with the path of the bad field.
 */
public final class DealReader {
    public record Result(Deal deal, List<Violation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private final ObjectReader reader;
    private final Validator validator;

    public DealReader(ObjectMapper mapper, Validator validator) {
        this.reader = mapper.readerFor(Deal.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .without(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        this.validator = validator;
    }

    /** A plain, valid deal takes the byte-scanning shortcut; anything else is read the thorough way. */
    public Result read(byte[] json) {
        Deal plain = DealScanner.read(json);
        if (plain != null) {
            return new Result(plain, List.of());
        }
        return readWithDatabind(json);
    }

    /**
     * The thorough read, and the answer the scanning shortcut is held to: a valid deal passes databind and QuickCheck;
     * only a deal with a problem is read again to name every bad field.
     */
    Result readWithDatabind(byte[] json) {
        try {
            Deal deal = reader.readValue(json);
            if (deal != null && QuickCheck.passes(deal)) {
                return new Result(deal, List.of());
            }
        } catch (IOException e) {
            // fall through: the collecting read below reports every problem, not just this first one
        }
        return readCollecting(json);
    }

    private Result readCollecting(byte[] json) {
        ProblemCollector collector = new ProblemCollector();
        try (JsonParser parser = reader.createParser(json)) {
            return finish(reader.withHandler(collector).readValue(parser), collector);
        } catch (IOException e) {
            return failed(e, collector);
        }
    }

    public Result read(JsonNode tree) {
        ProblemCollector collector = new ProblemCollector();
        try {
            return finish(reader.withHandler(collector).readValue(tree), collector);
        } catch (IOException e) {
            return failed(e, collector);
        }
    }

    private Result finish(Deal deal, ProblemCollector collector) {
        Map<String, Violation> byField = new LinkedHashMap<>();
        collector.violations.forEach(v -> byField.putIfAbsent(v.field(), v));
        if (deal == null) {
            byField.putIfAbsent("body", new Violation("body", "a Deal object is required"));
        } else {
            for (ConstraintViolation<Deal> violation : validator.validate(deal)) {
                String field = violation.getPropertyPath().toString().replace(".<list element>", "");
                byField.putIfAbsent(field, new Violation(field, violation.getMessage()));
            }
        }
        List<Violation> violations = new ArrayList<>(byField.values());
        violations.sort(java.util.Comparator.comparing(Violation::field));
        return new Result(violations.isEmpty() ? deal : null, List.copyOf(violations));
    }

    private static Result failed(IOException e, ProblemCollector collector) {
        List<Violation> violations = new ArrayList<>(collector.violations);
        String field = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = pathOf(mapping);
        }
        String message = e instanceof JsonProcessingException processing ? processing.getOriginalMessage()
                : e.getMessage();
        violations.add(new Violation(field, e instanceof JsonMappingException ? message
                : "malformed JSON: " + message));
        return new Result(null, List.copyOf(violations));
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
