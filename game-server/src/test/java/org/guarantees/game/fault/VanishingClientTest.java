package org.guarantees.game.fault;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.guarantees.game.support.ScoringServiceProcess;
import org.guarantees.game.support.TableFixture;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A client that disappears without a close frame is found by the server's pings and its resources are freed. */
@QuarkusTest
@QuarkusTestResource(value = ScoringServiceProcess.class, restrictToAnnotatedClass = false)
class VanishingClientTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void aSocketThatStopsAnsweringPingsIsClosedWithinAFewPingIntervals() throws Exception {
        TableFixture table = TableFixture.seatedTable();
        double before = openSockets();
        try (Socket silent = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = silent.getOutputStream();
            out.write(("GET /ws/tables/" + table.tableId + "?token=" + table.tokenByRole.get("ukraine") + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = silent.getInputStream();
            String status = readLine(in);
            assertThat(status).contains("101");
            while (!readLine(in).isEmpty()) {
                // the rest of the upgrade response's headers
            }
            // the welcome frame arrives once the server has registered the socket
            assertThat(in.read()).isNotNegative();
            long registered = System.currentTimeMillis();
            // from here on the client reads what comes but never answers a ping, like a laptop whose lid was shut
            Thread drain = new Thread(() -> {
                try {
                    while (in.read() >= 0) {
                        // pings and frames are read and ignored
                    }
                } catch (Exception ignored) {
                    // the server closed the connection
                }
            });
            drain.start();
            waitFor(() -> openSockets() == before, 20_000);
            assertThat(System.currentTimeMillis() - registered).as("freed within a few 1 s ping intervals")
                    .isLessThan(20_000);
            drain.join(30_000);
            assertThat(drain.isAlive()).as("the server closed the TCP connection").isFalse();
        }
    }

    private static String readLine(InputStream in) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static double openSockets() {
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        // the gauge appears with the first socket; before that no socket is open
        return metrics.lines().filter(l -> l.startsWith("game_sockets_open")).mapToDouble(
                l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within " + timeoutMillis + " ms");
            }
            Thread.sleep(100);
        }
    }
}
