package org.guarantees.game.fault;

import com.fasterxml.jackson.databind.JsonNode;
import org.guarantees.game.support.SeatClient;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replays each table's whole log, once for each of its roles with that role's own token (only a seat's own copy of
 * an event carries its move id), alternating between the processes, and holds it against what the seats were told:
 * the log runs 1..lastSeq with each seq once and in order, every process serves the same log, every acknowledged
 * move is in it exactly once at its acknowledged seq, and no move is in it that its seat was not told was applied.
 */
final class TableLogAudit {
    private static final int SHOWN_FAILURES = 30;

    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong events = new AtomicLong();
    final AtomicLong acknowledgedFound = new AtomicLong();
    private final List<URI> servers;

    private TableLogAudit(List<URI> servers) {
        this.servers = servers;
    }

    static TableLogAudit of(List<ResilientSeat> seats, List<URI> servers) throws Exception {
        TableLogAudit audit = new TableLogAudit(servers);
        Map<String, List<ResilientSeat>> byTable = new LinkedHashMap<>();
        seats.forEach(seat -> byTable.computeIfAbsent(seat.tableId, t -> new ArrayList<>()).add(seat));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            byTable.values().forEach(table -> done.add(pool.submit(() -> audit.table(table))));
            for (Future<?> table : done) {
                table.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return audit;
    }

    /** The failures found, the first few of them in full. */
    String report() {
        List<String> all = new ArrayList<>(failures);
        return all.size() + " failures, first: "
                + String.join("\n", all.subList(0, Math.min(SHOWN_FAILURES, all.size())));
    }

    private void table(List<ResilientSeat> seats) {
        List<String> firstView = null;
        for (int i = 0; i < seats.size(); i++) {
            ResilientSeat seat = seats.get(i);
            List<JsonNode> log = replay(seat, servers.get(i % servers.size()));
            List<String> view = log.stream().map(e -> e.path("seq").asLong() + " " + e.path("event").asText() + " "
                    + e.path("actor").asText()).toList();
            if (firstView == null) {
                firstView = view;
                events.addAndGet(log.size());
            } else if (!firstView.equals(view)) {
                fail(seat, "the log replayed on process " + (i % servers.size()) + " (" + view.size() + " events)"
                        + " differs from the one replayed to " + seats.get(0).role + " on process 0 ("
                        + firstView.size() + " events), first at position " + firstDifference(firstView, view));
            }
            gapFree(seat, log);
            ownMoves(seat, log);
        }
    }

    private static int firstDifference(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i + 1;
    }

    private List<JsonNode> replay(ResilientSeat seat, URI server) {
        try (SeatClient auditor = SeatClient.connect(server, seat.tableId, seat.token, 0)) {
            long lastSeq = auditor.await(f -> f.path("type").asText().equals("welcome"), Duration.ofSeconds(30))
                    .path("state").path("lastSeq").asLong();
            if (lastSeq > 0) {
                auditor.await(f -> f.path("seq").asLong() == lastSeq, Duration.ofSeconds(60));
            }
            return auditor.received().stream().filter(f -> f.path("type").asText().equals("event")).toList();
        }
    }

    private void gapFree(ResilientSeat seat, List<JsonNode> log) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).path("seq").asLong() != i + 1) {
                fail(seat, "the log is not gap-free: position " + (i + 1) + " holds seq " + log.get(i).path("seq"));
                return;
            }
        }
    }

    private void ownMoves(ResilientSeat seat, List<JsonNode> log) {
        Map<String, Long> seqById = new HashMap<>();
        for (JsonNode event : log) {
            String id = seat.ownsId(event.path("id").asText(null));
            Long earlier = id == null ? null : seqById.put(id, event.path("seq").asLong());
            if (earlier != null) {
                fail(seat, "move " + id + " applied twice: seq " + earlier + " and " + event.path("seq").asLong());
            }
        }
        Map<String, Long> acknowledged = seat.ledger.acknowledged();
        acknowledged.forEach((id, seq) -> {
            Long logged = seqById.get(id);
            if (logged == null) {
                fail(seat, "acknowledged move " + id + " (seq " + seq + ") is not in the log");
            } else if (!logged.equals(seq)) {
                fail(seat, "acknowledged move " + id + " at seq " + seq + " is in the log at seq " + logged);
            } else {
                acknowledgedFound.incrementAndGet();
            }
        });
        seqById.forEach((id, seq) -> {
            if (!acknowledged.containsKey(id)) {
                fail(seat, "move " + id + " is in the log at seq " + seq + " but its seat was never told it was applied"
                        + (seat.ledger.wasRefused(id) ? " (it was told it was refused)" : ""));
            }
        });
    }

    private void fail(ResilientSeat seat, String what) {
        failures.add("table " + seat.tableId + " " + seat.role + ": " + what);
    }
}
