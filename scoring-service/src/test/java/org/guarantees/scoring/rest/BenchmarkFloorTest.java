package org.guarantees.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's floor endpoint, switched on as the benchmark script does, answers exactly what a rating answers. */
@QuarkusTest
@TestProfile(BenchmarkFloorTest.FloorOn.class)
class BenchmarkFloorTest {
    public static class FloorOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scoring.benchmark-floor", "true");
        }
    }

    @Test
    void theFloorReplaysTheRatingOfTheFirstDealItWasSentWithoutRatingAgain() {
        String plan = TestDeals.twentyPointPlan().toString();
        byte[] rating = given().contentType(ContentType.JSON).body(plan).post("/api/v1/ratings")
                .then().statusCode(200).extract().asByteArray();

        byte[] first = given().contentType(ContentType.JSON).body(plan).post("/benchmark/floor")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asByteArray();
        String otherDeal = TestDeals.twentyPointPlan().put("aggressorCanVeto", true).toString();
        byte[] second = given().contentType(ContentType.JSON).body(otherDeal).post("/benchmark/floor")
                .then().statusCode(200).extract().asByteArray();

        assertArrayEquals(rating, first, "the same bytes as the rating of the same deal");
        assertArrayEquals(rating, second, "a later deal is not rated: the first report is replayed");
    }
}
