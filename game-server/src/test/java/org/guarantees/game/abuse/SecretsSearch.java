package org.guarantees.game.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import org.guarantees.game.scenario.Role;
import org.guarantees.game.scenario.Scenario;
import org.guarantees.game.support.SeatClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Searches everything one seat received (frames and REST answers) for what only other seats may know: another role's
 * brief (background, interests, private instructions), its points (a points table of an issue, its no-deal value) and
 * private chat between two other roles. It also demands the seat's own secrets in the same material, so a search over
 * frames that were never recorded fails instead of passing.
 */
final class SecretsSearch {
    /** A private chat line or offer note as sent; only {@code from} and {@code to} may ever see its text. */
    record PrivateLine(String from, String to, String text) {
        boolean sharedWith(String role) {
            return from.equals(role) || to.equals(role);
        }
    }

    /** One frame or answer as the search reads it: its text values unescaped, and every object in it. */
    private record Received(JsonNode frame, String text, List<JsonNode> objects) {
        static Received of(JsonNode frame) {
            List<String> texts = new ArrayList<>();
            List<JsonNode> objects = new ArrayList<>();
            walk(frame, texts, objects);
            return new Received(frame, String.join("\n", texts), objects);
        }

        boolean says(String secret) {
            return text.contains(secret);
        }

        boolean holds(JsonNode object) {
            return objects.contains(object);
        }
    }

    private final Scenario scenario;

    SecretsSearch(Scenario scenario) {
        this.scenario = scenario;
    }

    void assertOnlyOwnSecrets(String viewer, List<JsonNode> frames, List<PrivateLine> privateLines) {
        List<Received> received = frames.stream().map(Received::of).toList();
        Role own = scenario.role(viewer).orElseThrow();
        assertAny(received, r -> r.says(own.brief().background()), viewer + " got its own brief");
        own.brief().privateInstructions().forEach(line ->
                assertAny(received, r -> r.says(line), viewer + " got its own instructions"));
        own.points().forEach((issue, table) ->
                assertAny(received, r -> r.holds(pointsTable(table)), viewer + " got its own points for " + issue));
        assertAny(received, r -> r.objects().stream().anyMatch(o -> hasNoDealValue(o, own)),
                viewer + " got its own no-deal value");
        scenario.roles().stream().filter(other -> !other.id().equals(viewer))
                .forEach(other -> assertNoneOf(viewer, other, received));
        for (PrivateLine line : privateLines) {
            String pair = line.from() + "->" + line.to();
            if (line.sharedWith(viewer)) {
                assertAny(received, r -> r.says(line.text()), viewer + " got its private line " + pair);
            } else {
                assertNone(received, r -> r.says(line.text()), viewer + " sees the private line " + pair);
            }
        }
    }

    private void assertNoneOf(String viewer, Role other, List<Received> received) {
        String sees = viewer + " sees " + other.id() + "'s ";
        Role own = scenario.role(viewer).orElseThrow();
        assertNone(received, r -> r.says(other.brief().background()), sees + "brief");
        other.brief().interests().forEach(line -> assertNone(received, r -> r.says(line), sees + "interests"));
        other.brief().privateInstructions().forEach(line ->
                assertNone(received, r -> r.says(line), sees + "instructions"));
        other.points().forEach((issue, table) -> {
            // two roles may value an issue alike; then the table is the viewer's own as well
            if (!table.equals(own.points().get(issue))) {
                assertNone(received, r -> r.holds(pointsTable(table)), sees + "points for " + issue);
            }
        });
        if (other.noDealValue() != own.noDealValue()) {
            assertNone(received, r -> r.objects().stream().anyMatch(o -> hasNoDealValue(o, other)), sees + "no-deal value");
        }
    }

    private static void assertAny(List<Received> received, Predicate<Received> wanted, String what) {
        assertThat(received.stream().anyMatch(wanted)).as(what).isTrue();
    }

    /** Fails naming the first frame that holds the secret, shortened, rather than dumping all a seat received. */
    private static void assertNone(List<Received> received, Predicate<Received> leaks, String what) {
        received.stream().filter(leaks).findFirst().ifPresent(r -> {
            String frame = r.frame().toString();
            fail(what + " in " + (frame.length() > 2000 ? frame.substring(0, 2000) + "..." : frame));
        });
    }

    /** A brief or a private meter carries its role's no-deal value under this name. */
    private static boolean hasNoDealValue(JsonNode object, Role role) {
        return object.path("noDealValue").isInt() && object.path("noDealValue").asInt() == role.noDealValue();
    }

    private static JsonNode pointsTable(Map<String, Integer> table) {
        return SeatClient.JSON.valueToTree(table);
    }

    /** Text values unescaped, so a leaked brief cannot hide behind JSON escaping; objects, to find points by shape. */
    private static void walk(JsonNode node, List<String> texts, List<JsonNode> objects) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        if (node.isObject()) {
            objects.add(node);
        }
        node.forEach(child -> walk(child, texts, objects));
    }

    static JsonNode read(String json) {
        try {
            return SeatClient.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
