package org.guarantees.game.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.guarantees.game.support.ScoringServiceProcess;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Runs in its own application instance: once an address is throttled, it cannot join anything for a minute. */
@QuarkusTest
@TestProfile(JoinCodeGuessingTest.LowGuessLimit.class)
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class JoinCodeGuessingTest {
    static final int LIMIT = 3;

    public static class LowGuessLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("game.join.max-failures-per-minute", String.valueOf(LIMIT));
        }
    }

    @Test
    void anAddressGuessingJoinCodesIsThrottledWithTooManyRequests() {
        int attempts = 0;
        int status = 0;
        // at most two windows' worth of guesses, in case the minute turns over mid-test
        while (attempts < 2 * LIMIT + 1) {
            attempts++;
            status = RequestValidationTest.join("GUESS" + attempts, "Guesser", "browser-" + UUID.randomUUID())
                    .extract().statusCode();
            if (status == 429) {
                break;
            }
            assertThat(status).isEqualTo(404);
        }
        assertThat(status).isEqualTo(429);
        assertThat(attempts).isGreaterThan(LIMIT);
        RequestValidationTest.join("GUESS-AGAIN", "Guesser", "browser-" + UUID.randomUUID()).statusCode(429)
                .contentType(RequestValidationTest.PROBLEM).body("status", equalTo(429));
    }
}
