package org.guarantees.game.websocket;

/**
 * A token bucket per socket: a burst of frames is fine, a sustained flood gets RATE_LIMITED errors and, if it goes on,
 * the socket is closed. One lock and no allocation per frame: a flood is refused for as little as possible.
 */
final class FloodGuard {
    static final double FRAMES_PER_SECOND = 20;
    static final double BURST = 40;
    static final int STRIKES_BEFORE_CLOSE = 100;

    /** What to do with one frame. */
    enum Verdict {
        /** Read it. */
        ADMIT,
        /** Refuse it with a RATE_LIMITED frame: the first refusal of a second. */
        WARN,
        /** Refuse it without a reply: a flood gets no reply to amplify it. */
        DROP,
        /** Refuse it and close the socket: said once; the frames still in flight after it are dropped. */
        CLOSE
    }

    private double tokens = BURST;
    private long lastRefill = System.nanoTime();
    private int strikes;
    private long lastWarned = System.nanoTime() - 1_000_000_000L;
    private boolean closing;

    synchronized Verdict check() {
        if (closing) {
            return Verdict.DROP;
        }
        long now = System.nanoTime();
        tokens = Math.min(BURST, tokens + (now - lastRefill) / 1e9 * FRAMES_PER_SECOND);
        lastRefill = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Verdict.ADMIT;
        }
        if (++strikes >= STRIKES_BEFORE_CLOSE) {
            closing = true;
            return Verdict.CLOSE;
        }
        // one RATE_LIMITED frame a second is enough for an honest client
        if (now - lastWarned >= 1_000_000_000L) {
            lastWarned = now;
            return Verdict.WARN;
        }
        return Verdict.DROP;
    }
}
