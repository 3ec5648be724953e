package org.guarantees.game.bot;

import java.util.Map;

/**
 * The line no strategy may cross: a bot signs only a complete draft that keeps every one of its red lines and is worth
 * strictly more than its value of no deal. Checked on every signature, whatever the strategy asked for.
 */
public final class HardGuard {

    private HardGuard() {
    }

    public static boolean maySign(SeatBrief brief, Map<String, String> draft) {
        return draft.keySet().containsAll(brief.options().keySet())
                && !brief.crossesAny(draft)
                && brief.points(draft) > brief.noDealValue();
    }
}
