package org.guarantees.game.websocket;

/**
 * A token bucket per socket: a burst of frames is fine, a sustained flood gets RATE_LIMITED errors and, if it goes on,
 * the socket is closed.
 */
final class FloodGuard {
    static final double FRAMES_PER_SECOND = 20;
    static final double BURST = 40;
    static final int STRIKES_BEFORE_CLOSE = 100;

    private double tokens = BURST;
    private long lastRefill = System.nanoTime();
    private int strikes;
    private long lastWarned;

    synchronized boolean admit() {
        long now = System.nanoTime();
        tokens = Math.min(BURST, tokens + (now - lastRefill) / 1e9 * FRAMES_PER_SECOND);
        lastRefill = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        strikes++;
        return false;
    }

    /** One RATE_LIMITED frame a second is enough for an honest client; a flood gets no reply to amplify it. */
    synchronized boolean shouldWarn() {
        long now = System.nanoTime();
        if (now - lastWarned < 1_000_000_000L) {
            return false;
        }
        lastWarned = now;
        return true;
    }

    synchronized boolean exhausted() {
        return strikes >= STRIKES_BEFORE_CLOSE;
    }
}
