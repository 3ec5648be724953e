package org.guarantees.scoring.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.guarantees.scoring.config.ActiveRules;
import org.guarantees.scoring.service.RuleSet;

/** The active rule set, as written in its file, with its version and where it was loaded from. */
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {
    public record RuleSetView(String version, String origin, int ruleCount, int stressTestCount, Object ruleSet) {
    }

    public record VersionView(String version) {
    }

    @Inject
    ActiveRules rules;

    @GET
    @NonBlocking
    public RuleSetView ruleSet() {
        RuleSet active = rules.ruleSet();
        return new RuleSetView(active.version(), active.origin(), active.rules().size(), active.stressTests().size(),
                active.document());
    }

    /** A tiny answer: which rules are active. Also the benchmark's baseline for a trivial JSON endpoint. */
    @GET
    @Path("/version")
    @NonBlocking
    public VersionView version() {
        return new VersionView(rules.ruleSet().version());
    }
}
