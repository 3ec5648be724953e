package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.guarantees.game.scenario.DealMapper;
import org.guarantees.game.scenario.Scenario;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Rates deals with the real scoring service over HTTP (POST /api/v1/ratings), each distinct deal once. */
final class DurabilityRater {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Scenario scenario;
    private final URI ratings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Map<String, String>, JsonNode> cache = new HashMap<>();

    DurabilityRater(Scenario scenario, String scoringUrl) {
        this.scenario = scenario;
        this.ratings = URI.create(scoringUrl.replaceAll("/$", "") + "/api/v1/ratings");
    }

    /** The scoring service's report: {@code score} 0 to 100 and {@code band}. */
    JsonNode rate(Map<String, String> deal) {
        return cache.computeIfAbsent(Map.copyOf(deal), this::request);
    }

    int score(Map<String, String> deal) {
        return rate(deal).path("score").asInt();
    }

    private JsonNode request(Map<String, String> deal) {
        try {
            byte[] body = JSON.writeValueAsBytes(DealMapper.toDeal(scenario, deal, "Tournament deal"));
            HttpRequest request = HttpRequest.newBuilder(ratings).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("scoring service answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("scoring service unreachable at " + ratings, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
