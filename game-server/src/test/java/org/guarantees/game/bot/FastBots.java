package org.guarantees.game.bot;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Bots that think every 150 ms and a lease check every second, so a one-minute table plays out inside a test. */
public class FastBots implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("game.bot.think-ms", "150", "game.bot.lease-check", "1s", "game.bot.lease-seconds", "5");
    }
}
