package org.guarantees.game.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The one place that says what an event does to a table: {@code state = fold(events)}. Pure. */
public final class TableFold {

    private TableFold() {
    }

    public static TableState fold(TableState state, Iterable<GameEvent> events) {
        TableState current = state;
        for (GameEvent event : events) {
            current = apply(current, event);
        }
        return current;
    }

    public static TableState apply(TableState state, GameEvent event) {
        TableState.Builder next = state.edit();
        next.lastSeq = event.seq();
        next.lastActivity = event.at();
        ObjectNode data = event.data();
        switch (event.type()) {
            case EventTypes.TABLE_STARTED -> {
                List<Integer> minutes = new ArrayList<>();
                data.path("roundMinutes").forEach(m -> minutes.add(m.asInt()));
                next.roundMinutes = List.copyOf(minutes);
                next.signingSeconds = data.path("signingSeconds").asInt(0);
                next.phase = Phase.NEGOTIATION;
                next.round = 1;
                next.deadline = instant(data.path("deadline"));
            }
            case EventTypes.ROUND_STARTED -> {
                next.phase = Phase.NEGOTIATION;
                next.round = data.path("round").asInt();
                next.deadline = instant(data.path("deadline"));
                Set<String> sent = new HashSet<>(state.sentInjects());
                data.path("injects").forEach(inject -> sent.add(inject.path("id").asText()));
                next.sentInjects = Set.copyOf(sent);
            }
            case EventTypes.INJECT_SENT -> {
                if (data.hasNonNull("injectId")) {
                    next.sentInjects = plus(state.sentInjects(), data.path("injectId").asText());
                }
            }
            case EventTypes.SIGNING_OPENED -> next.signing = new TableState.SigningWindow(data.path("version").asInt(),
                    event.actor(), instant(data.path("closesAt")));
            case EventTypes.SIGNING_DECLINED -> {
                next.signing = null;
                next.signatures = minus(state.signatures(), event.actor());
            }
            case EventTypes.SIGNING_LAPSED -> next.signing = null;
            case EventTypes.CLOCK_PAUSED -> {
                next.phase = Phase.PAUSED;
                next.pausedRemainingMs = data.path("remainingMs").asLong();
                next.deadline = null;
            }
            case EventTypes.CLOCK_RESUMED -> {
                next.phase = Phase.NEGOTIATION;
                next.deadline = instant(data.path("deadline"));
            }
            case EventTypes.DRAFT_PROPOSED -> changeDraft(next, state, event, textMap(data.path("options")));
            case EventTypes.DRAFT_AMENDED ->
                    changeDraft(next, state, event, Map.of(data.path("issue").asText(), data.path("option").asText()));
            case EventTypes.OFFER_ACCEPTED -> {
                changeDraft(next, state, event, textMap(data.path("changes")));
                Offer offer = state.offers().get(data.path("offerId").asText());
                if (offer != null) {
                    // the giving side conceded its clause; the accepting side conceded the wanted one
                    Map<String, ClauseOrigin> origins = new HashMap<>(next.origins);
                    origins.put(offer.give().issue(), new ClauseOrigin(offer.from(), state.round(), next.version));
                    origins.put(offer.want().issue(), new ClauseOrigin(offer.to(), state.round(), next.version));
                    next.origins = Map.copyOf(origins);
                }
                next.offers = without(state.offers(), data.path("offerId").asText());
            }
            case EventTypes.CLAUSE_STANCE -> next.stances = withStance(state.stances(), event.actor(),
                    data.path("issue").asText(), data.path("stance").asText());
            case EventTypes.OFFER_MADE -> {
                Map<String, Offer> offers = new HashMap<>(state.offers());
                offers.put(data.path("offerId").asText(), new Offer(data.path("offerId").asText(), event.actor(),
                        data.path("to").asText(), choice(data.path("give")), choice(data.path("want"))));
                next.offers = Map.copyOf(offers);
            }
            case EventTypes.OFFER_DECLINED -> next.offers = without(state.offers(), data.path("offerId").asText());
            case EventTypes.DEAL_SIGNED -> next.signatures = plus(state.signatures(), event.actor());
            case EventTypes.SIGNATURE_WITHDRAWN -> next.signatures = minus(state.signatures(), event.actor());
            case EventTypes.TABLE_CONCLUDED -> {
                next.phase = Phase.CONCLUDED;
                next.deadline = null;
                next.signing = null;
            }
            case EventTypes.TABLE_ENDED -> {
                next.phase = Phase.NO_DEAL;
                next.deadline = null;
                next.signing = null;
                next.endReason = data.path("reason").asText();
            }
            case EventTypes.DEAL_RATED -> next.rating = data;
            default -> {
                // chat, broadcasts are part of the record but do not change the negotiation
            }
        }
        return next.build();
    }

    private static void changeDraft(TableState.Builder next, TableState state, GameEvent event,
                                    Map<String, String> changes) {
        int version = event.data().path("version").asInt();
        Map<String, String> draft = new HashMap<>(state.draft());
        Map<String, ClauseOrigin> origins = new HashMap<>(state.origins());
        Map<String, Map<String, String>> stances = new HashMap<>();
        state.stances().forEach((role, byIssue) -> stances.put(role, new HashMap<>(byIssue)));
        changes.forEach((issue, option) -> {
            if (!option.equals(state.draft().get(issue))) {
                origins.put(issue, new ClauseOrigin(event.actor(), state.round(), version));
                stances.values().forEach(byIssue -> byIssue.remove(issue));
            }
            draft.put(issue, option);
        });
        next.version = version;
        next.draft = Map.copyOf(draft);
        next.origins = Map.copyOf(origins);
        next.stances = copyNested(stances);
        next.signatures = Set.of();
    }

    private static Map<String, Map<String, String>> withStance(Map<String, Map<String, String>> stances, String role,
                                                               String issue, String stance) {
        Map<String, Map<String, String>> copy = new HashMap<>(stances);
        Map<String, String> byIssue = new HashMap<>(stances.getOrDefault(role, Map.of()));
        if ("none".equals(stance)) {
            byIssue.remove(issue);
        } else {
            byIssue.put(issue, stance);
        }
        copy.put(role, Map.copyOf(byIssue));
        return Map.copyOf(copy);
    }

    private static Map<String, Map<String, String>> copyNested(Map<String, Map<String, String>> nested) {
        Map<String, Map<String, String>> copy = new HashMap<>();
        nested.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        return Map.copyOf(copy);
    }

    private static Map<String, String> textMap(JsonNode node) {
        Map<String, String> map = new HashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    private static OptionChoice choice(JsonNode node) {
        return new OptionChoice(node.path("issue").asText(), node.path("option").asText());
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }

    private static <V> Map<String, V> without(Map<String, V> map, String key) {
        Map<String, V> copy = new HashMap<>(map);
        copy.remove(key);
        return Map.copyOf(copy);
    }

    private static Set<String> plus(Set<String> set, String value) {
        Set<String> copy = new HashSet<>(set);
        copy.add(value);
        return Set.copyOf(copy);
    }

    private static Set<String> minus(Set<String> set, String value) {
        Set<String> copy = new HashSet<>(set);
        copy.remove(value);
        return Set.copyOf(copy);
    }
}
