package org.guarantees.game.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Calls the scoring service with a timeout, a short retry and a circuit breaker. A failure is not hidden by a
 * fallback: the caller keeps the deal in the outbox and tries again later.
 */
@ApplicationScoped
public class ScoringGateway {
    private final ScoringClient client;

    public ScoringGateway(@RestClient ScoringClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1)
    public ObjectNode rate(Map<String, Object> deal) {
        return client.rate(deal);
    }
}
