package org.guarantees.game.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** The scoring service's rating and case-library endpoints (scoring-service/src/main/resources/META-INF/openapi.yaml). */
@RegisterRestClient(configKey = "scoring")
@Path("/api/v1")
public interface ScoringClient {

    @POST
    @Path("/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    ObjectNode rate(Map<String, Object> deal);

    @GET
    @Path("/cases")
    @Produces(MediaType.APPLICATION_JSON)
    ObjectNode cases();
}
