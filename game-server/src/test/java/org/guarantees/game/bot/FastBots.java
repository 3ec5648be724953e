package org.guarantees.game.bot;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Bots that think for 0.1–0.3 s and change the draft at most every 0.2 s, with a lease check every second, so a
 * one-minute table plays out inside a test. The product's own defaults are a human pace (10–40 s).
 */
public class FastBots implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("game.bot.think-min", "100ms", "game.bot.think-max", "300ms",
                "game.bot.draft-change-interval", "200ms", "game.bot.lease-check", "1s", "game.bot.lease-seconds", "5");
    }
}
