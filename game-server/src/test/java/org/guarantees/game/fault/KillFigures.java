package org.guarantees.game.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a run of kills under load, printed so that docs/reliability.md can quote them: what was killed, how
 * much was played and retried, and how long the seats of a killed process took to resume on the other one.
 */
final class KillFigures {
    private final List<Long> resumeMillis = new ArrayList<>();
    private final List<Integer> seatsOnVictim = new ArrayList<>();
    private final long startedAt = System.nanoTime();

    /** One kill: how many seats were on the killed process, and how long each took to resume on the other one. */
    void kill(int seats, List<Long> resumes) {
        seatsOnVictim.add(seats);
        resumeMillis.addAll(resumes);
    }

    long maxResumeMillis() {
        return resumeMillis.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    String summary(List<ResilientSeat> seats, int tables, TableLogAudit audit) {
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> refusals = new TreeMap<>();
        long acknowledged = 0;
        long retried = 0;
        long duplicates = 0;
        long retryableErrors = 0;
        long overdue = 0;
        for (ResilientSeat seat : seats) {
            MoveLedger ledger = seat.ledger;
            acknowledged += ledger.acknowledged().size();
            ledger.acknowledgedByType().forEach((type, n) -> byType.merge(type, n, Integer::sum));
            ledger.refusals().forEach((code, n) -> refusals.merge(code, n, Integer::sum));
            retried += ledger.retriedMoves();
            duplicates += ledger.acknowledgedAsDuplicate();
            retryableErrors += ledger.retryableErrors();
            overdue += ledger.overdueAnswers();
        }
        List<Long> sorted = new ArrayList<>(resumeMillis);
        Collections.sort(sorted);
        return String.join(System.lineSeparator(),
                String.format("%d kills, %d tables, %d seats, %d s of play and audit; load average %s",
                        seatsOnVictim.size(), tables, seats.size(), (System.nanoTime() - startedAt) / 1_000_000_000L,
                        loadAverage()),
                String.format("  %d acknowledged moves %s; %d found in the logs at their seq (%d events in all)",
                        acknowledged, byType, audit.acknowledgedFound.get(), audit.events.get()),
                String.format("  %d moves retried with the same id on a new connection, %d of them already committed"
                        + " (acknowledged as duplicates); %d retried after a retryable error; %d answers overdue",
                        retried, duplicates, retryableErrors, overdue),
                String.format("  refused %s", refusals),
                String.format("  seats on the killed process, kill by kill: %s", seatsOnVictim),
                String.format("  %d resumptions, kill to caught up on the other process: p50 %d, p99 %d, max %d ms",
                        sorted.size(), percentile(sorted, 0.5), percentile(sorted, 0.99), maxResumeMillis()));
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
