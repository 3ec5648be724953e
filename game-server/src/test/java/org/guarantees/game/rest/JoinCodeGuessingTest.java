package org.guarantees.game.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.guarantees.game.support.ScoringServiceProcess;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
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
            status = join("GUESS" + attempts).extract().statusCode();
            if (status == 429) {
                break;
            }
            assertThat(status).isEqualTo(404);
        }
        assertThat(status).isEqualTo(429);
        assertThat(attempts).isGreaterThan(LIMIT);
        join("GUESS-AGAIN").statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
    }

    private static ValidatableResponse join(String code) {
        return given().contentType(ContentType.JSON).body(Map.of("joinCode", code, "displayName", "Guesser",
                "browserKey", "browser-" + UUID.randomUUID())).post("/api/v1/join").then();
    }
}
