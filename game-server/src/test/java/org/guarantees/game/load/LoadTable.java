package org.guarantees.game.load;

import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table as the generator sees it: the draft ({@link TableDraft}, to write valid amendments), the moves in flight,
 * and the matching of each move's send time with its arrival at the other three seats. Its seats may live on different
 * event loops, so every method is synchronized on the table.
 */
final class LoadTable {
    final String tableId;
    final List<LoadSeat> seats = new ArrayList<>(4);
    private final Map<String, Sent> sentById = new HashMap<>();
    private final Map<Long, Sent> sentBySeq = new HashMap<>();
    private final Map<Long, List<long[]>> earlyArrivals = new HashMap<>();
    private final TableDraft draft = new TableDraft();
    private long maxSeq;

    LoadTable(String tableId) {
        this.tableId = tableId;
    }

    synchronized void welcome(JsonObject frame) {
        draft.welcome(frame);
    }

    synchronized String nextMove(String role, String id, MoveMix.Kind kind, java.util.Random random) {
        return draft.nextMove(role, id, kind, random);
    }

    synchronized void sent(String id, long nanos, StepStats step) {
        sentById.put(id, new Sent(nanos, step));
    }

    /** An event arrived at one of the table's seats; {@code ownId} is set on the sender's own copy only. */
    synchronized void arrived(long seq, String event, JsonObject data, String ownId, long nanos) {
        maxSeq = Math.max(maxSeq, seq);
        draft.applied(event, data);
        if (ownId != null) {
            Sent sent = sentById.remove(ownId);
            if (sent != null) {
                sentBySeq.put(seq, sent);
                List<long[]> early = earlyArrivals.remove(seq);
                if (early != null) {
                    early.forEach(a -> record(sent, seq, a[0]));
                }
            }
            return;
        }
        Sent sent = sentBySeq.get(seq);
        if (sent == null) {
            earlyArrivals.computeIfAbsent(seq, s -> new ArrayList<>()).add(new long[]{nanos});
        } else {
            record(sent, seq, nanos);
        }
    }

    private void record(Sent sent, long seq, long arrivalNanos) {
        if (sent.step != null) {
            sent.step.latency(arrivalNanos - sent.nanos);
        }
        if (++sent.deliveries >= seats.size() - 1) {
            sentBySeq.remove(seq);
        }
    }

    synchronized void acked(long seq) {
        maxSeq = Math.max(maxSeq, seq);
    }

    synchronized void refused(String id) {
        sentById.remove(id);
    }

    synchronized long maxSeq() {
        return maxSeq;
    }

    /** Between steps: forget arrivals that no move of ours caused (the instructor's start, for example). */
    synchronized void clearEarlyArrivals() {
        earlyArrivals.clear();
    }

    private static final class Sent {
        final long nanos;
        final StepStats step;
        int deliveries;

        Sent(long nanos, StepStats step) {
            this.nanos = nanos;
            this.step = step;
        }
    }
}
