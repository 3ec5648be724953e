package org.guarantees.game.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.guarantees.game.support.ScoringServiceProcess;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every page forbids inline script and framing and is never sniffed; a join code with a NUL is a 400 naming it. */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class SecurityHeadersTest {

    @Test
    void theStudentPageTheConsoleAndTheApiCarryTheSecurityHeaders() {
        for (String path : new String[]{"/", "/instructor.html", "/js/student.js", "/api/v1/scenarios"}) {
            Response answer = given().get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            String policy = answer.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("script-src 'self' 'unsafe-inline'");
        }
    }

    @Test
    void aJoinCodeWithAControlCharacterIsABadRequestNamingTheFieldNotAServerError() {
        given().contentType(ContentType.JSON).body(Map.of("joinCode", "AB\u0000CD", "displayName", "Olena",
                        "browserKey", "browser-0123456789abcdef"))
                .post("/api/v1/join").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("joinCode"));
    }
}
