package org.guarantees.game.ui;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Bots that answer within one to two seconds instead of the 10 to 40 s a class sees (and may change the draft every
 * three seconds instead of every 30), so that a browser test plays a table against bots in a minute or two. Only the
 * pace differs: the bots decide, sign and decline exactly as in a seminar.
 */
public class QuickBots implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("game.bot.think-min", "1s", "game.bot.think-max", "2s", "game.bot.draft-change-interval", "3s",
                "game.bot.lease-check", "1s");
    }
}
