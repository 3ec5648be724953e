package org.guarantees.game.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the scoring service's historical case library. Unlike a rating, nothing waits on it: when the service is
 * down the debrief simply shows no precedents, so the fallback answers an empty, explicitly unavailable library.
 */
@ApplicationScoped
public class CaseLibraryGateway {
    /** The historical cases (each with its deal and its report), or none with {@code available} false. */
    public record CaseLibrary(boolean available, List<JsonNode> cases, ModelCheck modelCheck) {
    }

    /**
     * How well the scores order history: Harrell's C over the cases the rules were calibrated on, over the cases held
     * out of that calibration, and over those of them encoded after the active rules were fixed, the rules' only blind
     * test (each null when its cases form no pair), each with its number of comparable pairs.
     */
    public record ModelCheck(double calibrationIndex, int calibrationPairs, Double heldOutIndex, int heldOutPairs,
                             Double blindIndex, int blindPairs) {
        static ModelCheck of(JsonNode library) {
            return new ModelCheck(library.path("concordanceIndex").asDouble(), library.path("comparablePairs").asInt(),
                    orNull(library.path("heldOutConcordanceIndex")), library.path("heldOutComparablePairs").asInt(),
                    orNull(library.path("blindConcordanceIndex")), library.path("blindComparablePairs").asInt());
        }

        private static Double orNull(JsonNode index) {
            return index.isNumber() ? index.asDouble() : null;
        }
    }

    private final ScoringClient client;

    public CaseLibraryGateway(@RestClient ScoringClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1)
    @Fallback(fallbackMethod = "unavailable")
    public CaseLibrary cases() {
        ObjectNode library = client.cases();
        List<JsonNode> cases = new ArrayList<>();
        library.path("cases").forEach(cases::add);
        return new CaseLibrary(true, cases, ModelCheck.of(library));
    }

    CaseLibrary unavailable() {
        return new CaseLibrary(false, List.of(), null);
    }
}
