package org.guarantees.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.PooledByteBufAllocator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.guarantees.scoring.config.ActiveRules;
import org.junit.jupiter.api.Test;

/** A rating is written straight into a pooled network buffer: the bytes must be the mapper's, and every buffer freed. */
@QuarkusTest
class ReportBodyWriterTest {
    @Inject
    ActiveRules rules;
    @Inject
    ObjectMapper mapper;
    @TestHTTPResource("/api/v1/ratings")
    URI ratings;

    @Test
    void aRatingAnswersExactlyTheMappersJsonOfItsReport() throws Exception {
        String plan = TestDeals.twentyPointPlan().toString();
        byte[] answered = given().contentType(ContentType.JSON).body(plan).post("/api/v1/ratings")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asByteArray();

        byte[] expected = mapper.writeValueAsBytes(rules.rater().rate(
                rules.dealReader().read(plan.getBytes(StandardCharsets.UTF_8)).deal()));
        assertArrayEquals(expected, answered);
    }

    @Test
    void aThousandAndAHalfRatingsGiveBackEveryPooledBufferTheyTook() throws Exception {
        // One kept-alive connection, so that the 1,600 ratings take a second or two.
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest rating = HttpRequest.newBuilder(ratings).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TestDeals.twentyPointPlan().toString())).build();
        for (int i = 0; i < 100; i++) {
            assertEquals(200, client.send(rating, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        long before = PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory();
        for (int i = 0; i < 1500; i++) {
            assertEquals(200, client.send(rating, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        long grown = PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory() - before;
        // Kept buffers of about 7.5 KB each would hold 12 MB; the pool grows by whole chunks of 4 MB, so one is allowed.
        assertTrue(grown <= 4L << 20, "direct memory held after 1,500 ratings grew by " + grown + " bytes");
    }
}
