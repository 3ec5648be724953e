package org.guarantees.scoring.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.guarantees.scoring.domain.Violation;

/** Keeps reading past bad fields so that one answer can name every bad field, not just the first. */
final class ProblemCollector extends DeserializationProblemHandler {
    final List<Violation> violations = new ArrayList<>();

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        violations.add(new Violation(path(p.getParsingContext(), propertyName), "unknown field"));
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                         String failureMsg) {
        violations.add(new Violation(path(ctxt.getParser().getParsingContext(), null), expected(targetType)
                + ", got \"" + value + "\""));
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                         String failureMsg) {
        violations.add(new Violation(path(ctxt.getParser().getParsingContext(), null), expected(targetType)
                + ", got " + value));
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) throws IOException {
        violations.add(new Violation(path(p.getParsingContext(), null), expected(targetType.getRawClass())
                + ", got " + describe(t)));
        p.skipChildren();
        return null;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                            ValueInstantiator valueInsts, JsonParser p, String msg)
            throws IOException {
        violations.add(new Violation(path(p.getParsingContext(), null), "expected an object, got "
                + describe(p.currentToken())));
        p.skipChildren();
        return null;
    }

    static String expected(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder names = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                names.append(names.length() == 0 ? "" : ", ").append(((Enum<?>) constant).name());
            }
            return "must be one of [" + names + "]";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a whole number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be a string";
        }
        return "must be an object";
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /** Builds a path such as {@code instruments[0].guarantors[1]} from the parser's nesting. */
    static String path(JsonStreamContext context, String leaf) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        if (leaf != null && (parts.isEmpty() || !parts.get(parts.size() - 1).equals("." + leaf))) {
            parts.add("." + leaf);
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined.isEmpty() ? "body" : joined;
    }
}
