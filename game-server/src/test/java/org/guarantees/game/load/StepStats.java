package org.guarantees.game.load;

import io.vertx.core.json.JsonObject;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What one offered rate produced: moves sent and acknowledged, refusals by code, latencies to the other seats. */
final class StepStats {
    final String label;
    final LongAdder sent = new LongAdder();
    final LongAdder acked = new LongAdder();
    final LongAdder ackedInWindow = new LongAdder();
    final LongAdder expectedRefusals = new LongAdder();
    final LongAdder errors = new LongAdder();
    final Map<String, LongAdder> refusalsByCode = new ConcurrentHashMap<>();
    final AtomicLong backlogged = new AtomicLong();
    private long[] latenciesMicros = new long[1 << 16];
    private int latencyCount;

    StepStats(String label) {
        this.label = label;
    }

    synchronized void latency(long nanos) {
        if (latencyCount == latenciesMicros.length) {
            latenciesMicros = Arrays.copyOf(latenciesMicros, latencyCount * 2);
        }
        latenciesMicros[latencyCount++] = nanos / 1000;
    }

    void refused(String code) {
        refusalsByCode.computeIfAbsent(code, c -> new LongAdder()).increment();
        if (LoadSeat.EXPECTED_REFUSALS.contains(code)) {
            expectedRefusals.increment();
        } else {
            errors.increment();
        }
    }

    synchronized JsonObject latencyJson() {
        long[] sorted = Arrays.copyOf(latenciesMicros, latencyCount);
        Arrays.sort(sorted);
        return new JsonObject().put("deliveries", sorted.length)
                .put("p50Ms", percentile(sorted, 0.50)).put("p95Ms", percentile(sorted, 0.95))
                .put("p99Ms", percentile(sorted, 0.99))
                .put("maxMs", sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    Map<String, Long> refusals() {
        Map<String, Long> out = new TreeMap<>();
        refusalsByCode.forEach((code, n) -> out.put(code, n.sum()));
        return out;
    }
}
