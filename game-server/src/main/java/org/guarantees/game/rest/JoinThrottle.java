package org.guarantees.game.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes guessing join codes hopeless: a client that tries too many unknown codes within a minute is refused for the
 * rest of that minute. Together with 8-character codes this keeps guessing at a few codes per minute per address.
 */
@ApplicationScoped
public class JoinThrottle {
    private final Map<String, AtomicInteger> failuresThisMinute = new ConcurrentHashMap<>();
    private final int maxFailuresPerMinute;
    private volatile long minute = currentMinute();

    public JoinThrottle(@ConfigProperty(name = "game.join.max-failures-per-minute", defaultValue = "30") int max) {
        this.maxFailuresPerMinute = max;
    }

    void check(String client) {
        roll();
        AtomicInteger failures = failuresThisMinute.get(client);
        if (failures != null && failures.get() >= maxFailuresPerMinute) {
            throw new ApiProblem(429, "Too many attempts",
                    "too many unknown join codes from this address; wait a minute", List.of());
        }
    }

    void failed(String client) {
        failuresThisMinute.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
    }

    private void roll() {
        long now = currentMinute();
        if (now != minute) {
            minute = now;
            failuresThisMinute.clear();
        }
    }

    private static long currentMinute() {
        return System.currentTimeMillis() / 60_000;
    }
}
