package org.guarantees.game.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The seats under load and the pacer: either an open-loop offered rate spread over random seats, or (saturation) a
 * fixed window of moves in flight, each answer releasing the next move.
 */
final class LoadRun {
    /** An open-loop rate stops adding moves when this many are unanswered, and counts them as backlogged. */
    static final int MAX_OUTSTANDING = 20_000;

    final List<LoadTable> tables = new ArrayList<>();
    final List<LoadSeat> seats = new ArrayList<>();
    final AtomicInteger closes = new AtomicInteger();
    private final AtomicLong outstanding = new AtomicLong();
    private volatile StepStats current = new StepStats("setup");
    private volatile StepStats latencyTarget;
    private volatile boolean measuring;
    private volatile boolean windowMode;

    StepStats current() {
        return current;
    }

    boolean measuring() {
        return measuring;
    }

    long outstanding() {
        return outstanding.get();
    }

    void begin(StepStats step, boolean measure) {
        current = step;
        latencyTarget = measure ? step : null;
        measuring = measure;
    }

    void stopMeasuring() {
        measuring = false;
        latencyTarget = null;
        windowMode = false;
    }

    /** One more move from a random seat of a random table. */
    void issue() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LoadTable table = tables.get(random.nextInt(tables.size()));
        LoadSeat seat = table.seats.get(random.nextInt(table.seats.size()));
        outstanding.incrementAndGet();
        seat.sendMove(latencyTarget);
    }

    /** The table's first proposal, so that amendments have a draft to change. */
    void propose(LoadSeat seat) {
        outstanding.incrementAndGet();
        seat.sendProposal();
    }

    void moveAnswered() {
        outstanding.decrementAndGet();
        if (windowMode) {
            issue();
        }
    }

    /**
     * Drives one step: {@code rate} moves per second, or with {@code rate <= 0} a window of {@code window} moves in
     * flight. The first {@code warmupMillis} are not measured.
     */
    void drive(double rate, int window, long warmupMillis, long measureMillis, StepStats step, ProcessSampler sampler)
            throws InterruptedException {
        begin(new StepStats("warm-up " + step.label), false);
        long start = System.nanoTime();
        long measureFrom = start + warmupMillis * 1_000_000L;
        long end = measureFrom + measureMillis * 1_000_000L;
        long issued = 0;
        long nextSample = measureFrom;
        if (rate <= 0) {
            windowMode = true;
            for (int i = 0; i < window; i++) {
                issue();
            }
        }
        while (System.nanoTime() < end) {
            if (!measuring && System.nanoTime() >= measureFrom) {
                sampler.reset();
                sampler.sample();
                begin(step, true);
                nextSample = System.nanoTime() + 1_000_000_000L;
            }
            if (rate > 0) {
                long due = (long) ((System.nanoTime() - start) / 1e9 * rate) - issued;
                for (long i = 0; i < due; i++) {
                    if (outstanding.get() >= MAX_OUTSTANDING) {
                        current.backlogged.incrementAndGet();
                    } else {
                        issue();
                    }
                    issued++;
                }
            }
            if (measuring) {
                nextSample = sampleIfDue(sampler, nextSample);
            }
            Thread.sleep(rate > 0 ? 2 : 20);
        }
        sampler.sample();
        stopMeasuring();
    }

    private static long sampleIfDue(ProcessSampler sampler, long nextSample) {
        if (System.nanoTime() >= nextSample) {
            sampler.sample();
            return nextSample + 1_000_000_000L;
        }
        return nextSample;
    }

    /** Waits until every move has been answered, at most {@code millis}. */
    boolean drain(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (outstanding.get() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        return outstanding.get() == 0;
    }
}
