package org.guarantees.game.load;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the benchmark's raw results (results.jsonl from the generator, pgbench.jsonl from run.sh) into the summary
 * table, the verdict on each target of issue 8, and the latency chart. Arguments: the output directory of run.sh.
 */
public final class BenchReport {
    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<JsonObject> rows = read(dir.resolve("results.jsonl"));
        List<JsonObject> pg = read(dir.resolve("pgbench.jsonl"));
        String machine = Files.exists(dir.resolve("machine.txt")) ? Files.readString(dir.resolve("machine.txt")) : "";
        StringBuilder md = new StringBuilder("## Load benchmark results\n\n```\n" + machine.trim() + "\n```\n\n");
        md.append("PostgreSQL raw insert rate (one ~300-byte jsonb row per transaction, pgbench):\n\n");
        md.append("| clients | inserts/s |\n|---:|---:|\n");
        pg.forEach(p -> md.append(String.format(Locale.ROOT, "| %d | %.0f |%n", p.getInteger("clients"),
                p.getDouble("tps"))));
        md.append("\n| server | seats open | offered/s | acked/s | p50 ms | p95 ms | p99 ms | max ms | refused "
                + "(stale, no change) | errors | lost | dup | out of order | server CPU (cores) | server RSS MB | load avg |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (JsonObject r : rows) {
            JsonObject l = r.getJsonObject("latency");
            md.append(String.format(Locale.ROOT, "| %s | %d/%d | %s | %.0f | %.1f | %.1f | %.1f | %.0f | %d | %d | %d | %d | %d "
                            + "| %.2f | %d | %.1f |%n", r.getString("mode"), r.getLong("seatsOpen"), r.getInteger("seats"),
                    r.getValue("offeredPerS") == null ? "saturation (window " + r.getInteger("window") + ")"
                            : String.valueOf(r.getDouble("offeredPerS").longValue()),
                    r.getDouble("ackedPerS"), l.getDouble("p50Ms"), l.getDouble("p95Ms"), l.getDouble("p99Ms"),
                    l.getDouble("maxMs"), r.getLong("expectedRefusals"), r.getLong("errors"), r.getLong("lost"),
                    r.getLong("duplicated"), r.getLong("outOfOrder"), r.getDouble("serverCpuCores"),
                    r.getLong("serverRssMaxMb"), r.getDouble("loadAverage")));
        }
        md.append("\n").append(Targets.verdict(rows, pg));
        Files.writeString(dir.resolve("summary.md"), md);
        Files.writeString(dir.resolve("latency.svg"), LatencyChart.svg(rows, "Delivery latency to the other seats, "
                + rows.stream().findFirst().map(r -> r.getInteger("seats")).orElse(0) + " seats"));
        System.out.println(md);
    }

    private static List<JsonObject> read(Path file) throws IOException {
        List<JsonObject> rows = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    rows.add(new JsonObject(line));
                }
            }
        }
        return rows;
    }
}
