package org.guarantees.game.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a process's CPU time and resident memory from /proc, to sample the server under test while it runs. */
final class ProcessSampler {
    private static final double CLOCK_TICKS = 100.0;
    private final long pid;
    private long lastTicks = -1;
    private long lastNanos;
    private double cpuSum;
    private int cpuSamples;
    private double cpuMax;
    private long rssMaxKb;
    private long rssLastKb;

    ProcessSampler(long pid) {
        this.pid = pid;
    }

    boolean enabled() {
        return pid > 0;
    }

    synchronized void reset() {
        lastTicks = -1;
        cpuSum = 0;
        cpuSamples = 0;
        cpuMax = 0;
        rssMaxKb = 0;
    }

    /** Call about once a second; the CPU share is in cores (1.0 = one core busy). */
    synchronized void sample() {
        if (!enabled()) {
            return;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long now = System.nanoTime();
            if (lastTicks >= 0) {
                double cores = (ticks - lastTicks) / CLOCK_TICKS / ((now - lastNanos) / 1e9);
                cpuSum += cores;
                cpuSamples++;
                cpuMax = Math.max(cpuMax, cores);
            }
            lastTicks = ticks;
            lastNanos = now;
            rssLastKb = rssKb();
            rssMaxKb = Math.max(rssMaxKb, rssLastKb);
        } catch (IOException | RuntimeException e) {
            // the process is gone; the report shows the samples taken so far
        }
    }

    private long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    synchronized double cpuAverage() {
        return cpuSamples == 0 ? 0 : cpuSum / cpuSamples;
    }

    synchronized double cpuMax() {
        return cpuMax;
    }

    synchronized long rssMaxMb() {
        return rssMaxKb / 1024;
    }

    synchronized long rssLastMb() {
        return rssLastKb / 1024;
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
