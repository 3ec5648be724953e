package org.guarantees.game.fault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one seat was told about its moves: the seq of each acknowledged one, which were refused and why, and how many
 * it had to send again. The audit holds the table's log against it; the figures add it up. A seat writes it on an
 * event loop while the test reads it, so every method is synchronized.
 */
final class MoveLedger {
    private final Map<String, Long> acknowledged = new HashMap<>();
    private final Map<String, Integer> acknowledgedByType = new HashMap<>();
    private final Set<String> refused = new HashSet<>();
    private final Map<String, Integer> refusals = new HashMap<>();
    private final List<String> anomalies = new ArrayList<>();
    private int retried;
    private int acknowledgedAsDuplicate;
    private int retryableErrors;
    private int overdue;

    /** {@code sends}: how often the move went out; a duplicate answer to a move sent once means a reused id. */
    synchronized void acknowledged(String id, String type, long seq, boolean duplicate, int sends) {
        Long earlier = acknowledged.put(id, seq);
        if (earlier != null && earlier != seq) {
            anomalies.add("move " + id + " acknowledged at seq " + earlier + " and again at " + seq);
        }
        if (duplicate) {
            if (sends == 1) {
                anomalies.add("move " + id + " acknowledged as a duplicate though sent once");
            }
            acknowledgedAsDuplicate++;
        }
        acknowledgedByType.merge(type, 1, Integer::sum);
    }

    synchronized void refused(String id, String code) {
        refused.add(id);
        refusals.merge(code, 1, Integer::sum);
    }

    /** A move sent again, with the same id, on a later connection than the one it first went out on. */
    synchronized void retried() {
        retried++;
    }

    synchronized void retryableError() {
        retryableErrors++;
    }

    /** An answer that did not come in time, so the seat gave up on its connection. */
    synchronized void overdue() {
        overdue++;
    }

    synchronized void anomaly(String what) {
        anomalies.add(what);
    }

    synchronized Map<String, Long> acknowledged() {
        return new HashMap<>(acknowledged);
    }

    synchronized Map<String, Integer> acknowledgedByType() {
        return new HashMap<>(acknowledgedByType);
    }

    synchronized boolean wasRefused(String id) {
        return refused.contains(id);
    }

    synchronized Map<String, Integer> refusals() {
        return new HashMap<>(refusals);
    }

    synchronized List<String> anomalies() {
        return new ArrayList<>(anomalies);
    }

    synchronized int retriedMoves() {
        return retried;
    }

    /** Retried moves the log already held: committed before the kill, acknowledged only on the retry. */
    synchronized int acknowledgedAsDuplicate() {
        return acknowledgedAsDuplicate;
    }

    synchronized int retryableErrors() {
        return retryableErrors;
    }

    synchronized int overdueAnswers() {
        return overdue;
    }
}
