package org.guarantees.scoring.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.guarantees.scoring.config.ActiveRules;

/** Ready once a validated rule set and the rated case library are in memory. */
@Readiness
@ApplicationScoped
public class RulesLoadedCheck implements HealthCheck {
    @Inject
    ActiveRules rules;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("guarantee-rules")
                .status(rules.ruleSet() != null && !rules.ruleSet().rules().isEmpty())
                .withData("version", rules.ruleSet().version())
                .withData("rules", rules.ruleSet().rules().size())
                .withData("cases", rules.cases().cases().size())
                .build();
    }
}
