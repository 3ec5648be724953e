package org.guarantees.game.bot;

import java.util.List;
import java.util.Map;

/**
 * One headless game: the strategy of each role (in scenario role order), the deal if one was concluded, and each
 * role's final points (its no-deal value when there was no deal).
 */
record GameResult(List<String> mix, Map<String, String> deal, Map<String, Integer> points, long events) {

    boolean concluded() {
        return deal != null;
    }

    String mixLabel() {
        return String.join(" / ", mix);
    }
}
