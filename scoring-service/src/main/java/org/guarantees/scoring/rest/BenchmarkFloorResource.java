package org.guarantees.scoring.rest;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The benchmark's floor: the same exchange as a rating (the deal's body read through the same REST stack, the same
 * report written back) with no rating work, because the report of the first deal sent is replayed for every later
 * request. Its throughput is the most any rating code could reach with this answer on this stack. Off unless
 * {@code SCORING_BENCHMARK_FLOOR=true}; the benchmark script turns it on.
 */
@Path("/benchmark/floor")
@EndpointDisabled(name = "scoring.benchmark-floor", stringValue = "false", disableIfMissing = true)
public class BenchmarkFloorResource {
    @Inject
    RatingResource ratings;

    private volatile byte[] firstReport;

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] replay(byte[] body) {
        byte[] report = firstReport;
        if (report == null) {
            ReportBody first = ratings.rate(body);
            report = first.renderer().render(first.report());
            firstReport = report;
        }
        return report;
    }
}
