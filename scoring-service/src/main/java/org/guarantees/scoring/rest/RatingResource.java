package org.guarantees.scoring.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guarantees.scoring.config.ActiveRules;
import org.guarantees.scoring.service.DealReader;

/**
 * POST a Deal, get its DurabilityReport (rendered by ReportRenderer, byte-for-byte the JSON of the record, straight into
 * the network buffer by ReportBodyWriter). Rating is pure, fast CPU work, so it runs on the I/O thread.
 */
@Path("/api/v1/ratings")
public class RatingResource {
    @Inject
    ActiveRules rules;

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReportBody rate(byte[] body) {
        DealReader.Result deal = rules.dealReader().read(body);
        if (!deal.valid()) {
            throw new InvalidDealException(deal.violations());
        }
        return new ReportBody(rules.rater().rate(deal.deal()), rules.renderer());
    }
}
