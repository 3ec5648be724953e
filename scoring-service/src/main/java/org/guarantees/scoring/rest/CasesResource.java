package org.guarantees.scoring.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guarantees.scoring.config.ActiveRules;
import org.guarantees.scoring.domain.CaseLibrary;
import org.guarantees.scoring.domain.HistoricalCase;

/** The historical precedents, each rated by the active rules beside what actually happened. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {
    @Inject
    ActiveRules rules;

    @GET
    @NonBlocking
    public CaseLibrary all() {
        return rules.cases();
    }

    @GET
    @Path("/{id}")
    @NonBlocking
    public HistoricalCase one(@PathParam("id") String id) {
        return rules.cases().cases().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownCaseException(id));
    }
}
