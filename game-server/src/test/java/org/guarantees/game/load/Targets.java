package org.guarantees.game.load;

import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The targets of issue 8, judged from one run's figures. A target a run cannot judge says so. */
final class Targets {
    private Targets() {
    }

    static String verdict(List<JsonObject> rows, List<JsonObject> pg) {
        List<JsonObject> game = rows.stream().filter(r -> "game".equals(r.getString("mode"))).toList();
        Optional<JsonObject> sat = saturation(rows, "game");
        Optional<JsonObject> bareSat = saturation(rows, "bare");
        Optional<JsonObject> at1000 = game.stream().filter(r -> r.getValue("offeredPerS") != null
                && r.getDouble("offeredPerS") == 1000).findFirst();
        int seats = game.stream().mapToInt(r -> r.getInteger("seats")).max().orElse(0);
        long minOpen = game.stream().mapToLong(r -> r.getLong("seatsOpen")).min().orElse(0);
        long rss = game.stream().mapToLong(r -> r.getLong("serverRssMaxMb")).max().orElse(0);
        long faults = rows.stream().mapToLong(r -> r.getLong("lost") + r.getLong("duplicated") + r.getLong("outOfOrder"))
                .sum();
        double rawInsert = pg.stream().mapToDouble(p -> p.getDouble("tps")).max().orElse(0);
        StringBuilder out = new StringBuilder("| target | measured | met |\n|---|---|---|\n");
        line(out, "10,000 connected seats held", minOpen + " of " + seats + " seats open through every step",
                seats >= 10_000 ? yes(minOpen >= 10_000) : "not judged (run with SEATS=10000)");
        line(out, "1,000 moves/s with p99 <= 50 ms", at1000.map(r -> fmt("p99 %.1f ms at %.0f acked/s",
                r.getJsonObject("latency").getDouble("p99Ms"), r.getDouble("ackedPerS"))).orElse("no 1000/s step"),
                at1000.map(r -> yes(r.getJsonObject("latency").getDouble("p99Ms") <= 50
                        && r.getDouble("ackedPerS") >= 990)).orElse("not judged"));
        line(out, "saturation >= 0.30 x raw insert rate", sat.map(r -> fmt("%.0f / %.0f = %.2f", r.getDouble("ackedPerS"),
                rawInsert, r.getDouble("ackedPerS") / rawInsert)).orElse("no saturation step"),
                sat.map(r -> yes(r.getDouble("ackedPerS") >= 0.30 * rawInsert)).orElse("not judged"));
        line(out, "saturation >= 0.15 x bare relay", sat.flatMap(r -> bareSat.map(b -> fmt("%.0f / %.0f = %.2f",
                r.getDouble("ackedPerS"), b.getDouble("ackedPerS"), r.getDouble("ackedPerS") / b.getDouble("ackedPerS"))))
                .orElse("missing step"), sat.flatMap(r -> bareSat.map(b -> yes(r.getDouble("ackedPerS")
                >= 0.15 * b.getDouble("ackedPerS")))).orElse("not judged"));
        line(out, "game-server RSS <= 1 GB with 10,000 seats", rss + " MB at " + seats + " seats",
                seats >= 10_000 ? yes(rss <= 1024) : "not judged (run with SEATS=10000)");
        line(out, "zero lost, duplicated or out-of-order events", faults + " over every seat and step", yes(faults == 0));
        return out.toString();
    }

    private static Optional<JsonObject> saturation(List<JsonObject> rows, String mode) {
        return rows.stream().filter(r -> mode.equals(r.getString("mode")) && r.getValue("offeredPerS") == null)
                .findFirst();
    }

    private static void line(StringBuilder out, String target, String measured, String met) {
        out.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met).append(" |\n");
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
