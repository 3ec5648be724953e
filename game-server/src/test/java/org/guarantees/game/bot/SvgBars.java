package org.guarantees.game.bot;

import java.util.List;
import java.util.Locale;

/** A horizontal bar chart as a standalone SVG file: one labelled bar per value, the value written at its end. */
final class SvgBars {
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_WIDTH = 420;
    private static final int ROW = 22;

    private SvgBars() {
    }

    /** {@code format} renders a value for its label, e.g. "%.0f%%"; {@code max} is the value of a full-width bar. */
    static String chart(String title, List<String> labels, List<Double> values, double max, String format) {
        int height = 40 + ROW * labels.size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                LABEL_WIDTH + BAR_WIDTH + 80, height, LABEL_WIDTH + BAR_WIDTH + 80, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                escape(title)));
        for (int i = 0; i < labels.size(); i++) {
            int y = 36 + i * ROW;
            double width = max <= 0 ? 0 : Math.max(0, Math.min(1, values.get(i) / max)) * BAR_WIDTH;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LABEL_WIDTH - 8, y + 14, escape(labels.get(i))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#3b6ea5\"/>%n",
                    LABEL_WIDTH, y + 2, width, ROW - 6));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n", LABEL_WIDTH + width + 6,
                    y + 14, escape(String.format(Locale.ROOT, format, values.get(i)))));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
