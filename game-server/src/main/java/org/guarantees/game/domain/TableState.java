package org.guarantees.game.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table as the fold of its events gives it. Immutable: {@link TableFold} returns a new state for every event.
 *
 * @param stances role, then issue, then "support" or "object"
 * @param signatures roles that signed the current draft version
 * @param signing the open signing window, or null when the draft is open to changes
 * @param signingSeconds how long a signing window stays open at this table
 * @param sentInjects the scenario injects this table has already received, by hand or by the schedule
 */
public record TableState(Phase phase, int round, List<Integer> roundMinutes, Instant deadline, long pausedRemainingMs,
                         int version, Map<String, String> draft, Map<String, ClauseOrigin> origins,
                         Map<String, Map<String, String>> stances, Set<String> signatures, Map<String, Offer> offers,
                         String endReason, long lastSeq, Instant lastActivity, ObjectNode rating,
                         SigningWindow signing, int signingSeconds, Set<String> sentInjects) {

    /** A version put out for signature: the draft is frozen until everyone signs, one role declines, or it closes. */
    public record SigningWindow(int version, String by, Instant closesAt) {
    }

    public static TableState initial() {
        return new TableState(Phase.LOBBY, 0, List.of(), null, 0, 0, Map.of(), Map.of(), Map.of(), Set.of(), Map.of(),
                null, 0, null, null, null, 0, Set.of());
    }

    public int totalRounds() {
        return roundMinutes.size();
    }

    public boolean draftFrozen() {
        return signing != null;
    }

    Builder edit() {
        return new Builder(this);
    }

    /** Copy-on-write helper for the fold; keeps the record's canonical constructor the single source of truth. */
    static final class Builder {
        Phase phase; int round; List<Integer> roundMinutes; Instant deadline; long pausedRemainingMs; int version;
        Map<String, String> draft; Map<String, ClauseOrigin> origins; Map<String, Map<String, String>> stances;
        Set<String> signatures; Map<String, Offer> offers; String endReason; long lastSeq; Instant lastActivity;
        ObjectNode rating; SigningWindow signing; int signingSeconds; Set<String> sentInjects;

        Builder(TableState s) {
            phase = s.phase; round = s.round; roundMinutes = s.roundMinutes; deadline = s.deadline;
            pausedRemainingMs = s.pausedRemainingMs; version = s.version; draft = s.draft; origins = s.origins;
            stances = s.stances; signatures = s.signatures; offers = s.offers; endReason = s.endReason;
            lastSeq = s.lastSeq; lastActivity = s.lastActivity; rating = s.rating; signing = s.signing;
            signingSeconds = s.signingSeconds; sentInjects = s.sentInjects;
        }

        TableState build() {
            return new TableState(phase, round, roundMinutes, deadline, pausedRemainingMs, version, draft, origins,
                    stances, signatures, offers, endReason, lastSeq, lastActivity, rating, signing, signingSeconds,
                    sentInjects);
        }
    }
}
