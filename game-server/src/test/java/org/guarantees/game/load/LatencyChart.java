package org.guarantees.game.load;

import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Locale;

/** Draws p50 and p99 delivery latency against the offered rate, game server and bare relay, as a small SVG. */
final class LatencyChart {
    private static final int W = 720;
    private static final int H = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 170;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private LatencyChart() {
    }

    static String svg(List<JsonObject> rows, String title) {
        List<JsonObject> rated = rows.stream().filter(r -> r.getValue("offeredPerS") != null).toList();
        double maxRate = rated.stream().mapToDouble(r -> r.getDouble("offeredPerS")).max().orElse(1);
        double maxMs = rated.stream().mapToDouble(r -> r.getJsonObject("latency").getDouble("p99Ms")).max().orElse(1);
        double yTop = Math.pow(10, Math.ceil(Math.log10(Math.max(maxMs, 1))));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                        + "font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                        + "<text x=\"%d\" y=\"22\" font-size=\"14\">%s</text>%n", W, H, LEFT, escape(title)));
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        for (double ms = 0.1; ms <= yTop * 1.001; ms *= 10) {
            double y = y(ms, yTop, plotH);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n", LEFT, LEFT + plotW, y, y,
                    LEFT - 6, y + 4, ms < 1 ? String.valueOf(ms) : String.valueOf((long) ms)));
        }
        double limit = y(50, yTop, plotH);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#c00\" "
                + "stroke-dasharray=\"4 4\"/><text x=\"%d\" y=\"%.1f\" fill=\"#c00\">target p99 50 ms</text>%n",
                LEFT, LEFT + plotW, limit, limit, LEFT + plotW + 6, limit + 4));
        for (JsonObject r : rated) {
            double x = LEFT + r.getDouble("offeredPerS") / maxRate * plotW;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x,
                    TOP + plotH + 18, r.getDouble("offeredPerS").longValue()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">offered moves per "
                + "second (log scale for latency)</text>%n", LEFT + plotW / 2, H - 16));
        String[][] series = {{"game", "p50Ms", "#1f77b4", "", "game server p50"},
                {"game", "p99Ms", "#1f77b4", "6 3", "game server p99"},
                {"bare", "p50Ms", "#2ca02c", "", "bare relay p50"}, {"bare", "p99Ms", "#2ca02c", "6 3", "bare relay p99"}};
        int legend = 0;
        for (String[] s : series) {
            StringBuilder points = new StringBuilder();
            for (JsonObject r : rated) {
                if (s[0].equals(r.getString("mode"))) {
                    double x = LEFT + r.getDouble("offeredPerS") / maxRate * plotW;
                    double y = y(r.getJsonObject("latency").getDouble(s[1]), yTop, plotH);
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
                            x, y, s[2]));
                }
            }
            if (points.length() == 0) {
                continue;
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                    + "stroke-dasharray=\"%s\" points=\"%s\"/>%n", s[2], s[3], points.toString().trim()));
            int ly = TOP + 20 + 20 * legend++;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"2\" stroke-dasharray=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    LEFT + plotW + 6, LEFT + plotW + 30, ly, ly, s[2], s[3], LEFT + plotW + 34, ly + 4, s[4]));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#333\"/>%n</svg>%n", LEFT, TOP, plotW, plotH));
        return svg.toString();
    }

    /** Log scale from 0.1 ms at the bottom to {@code top} ms. */
    private static double y(double ms, double top, int plotH) {
        double v = Math.log10(Math.max(ms, 0.1)) - Math.log10(0.1);
        double span = Math.log10(top) - Math.log10(0.1);
        return TOP + plotH - v / span * plotH;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
