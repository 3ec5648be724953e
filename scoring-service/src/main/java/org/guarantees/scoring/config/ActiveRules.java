package org.guarantees.scoring.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import org.guarantees.scoring.domain.CaseLibrary;
import org.guarantees.scoring.service.DealRater;
import org.guarantees.scoring.service.DealReader;
import org.guarantees.scoring.service.ReportRenderer;
import org.guarantees.scoring.service.RuleSet;
import org.jboss.logging.Logger;

/**
 * Loads and validates the rules and the case library at start-up. A bad file throws here, which stops the service
 * with a message naming the rule or case at fault.
 */
@Startup
@Singleton
public class ActiveRules {
    static final String PACKAGED_RULES = "rules/guarantee-rules-v1.yaml";
    static final String PACKAGED_CASES = "cases/historical-cases.yaml";
    private static final Logger LOG = Logger.getLogger(ActiveRules.class);

    @Inject
    ScoringConfig config;
    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;

    private DealRater rater;
    private DealReader dealReader;
    private ReportRenderer renderer;
    private CaseLibrary cases;

    @PostConstruct
    void load() {
        String rulesOrigin = YamlFiles.origin(config.rules().file(), PACKAGED_RULES);
        RuleSet ruleSet = new RuleSetCompiler(YamlFiles.YAML)
                .compile(YamlFiles.read(config.rules().file(), PACKAGED_RULES), rulesOrigin);
        rater = new DealRater(ruleSet);
        dealReader = new DealReader(mapper, validator);
        renderer = new ReportRenderer(ruleSet, mapper);
        String casesOrigin = YamlFiles.origin(config.cases().file(), PACKAGED_CASES);
        cases = new CaseLibraryCompiler(dealReader, rater)
                .compile(YamlFiles.read(config.cases().file(), PACKAGED_CASES), casesOrigin);
        LOG.infof("Rules %s from %s: %d rules, %d stress tests; %d historical cases, concordance index %.3f over %d"
                        + " pairs (held-out cases: %s over %d pairs; encoded after these rules: %s over %d pairs)",
                ruleSet.version(), rulesOrigin, ruleSet.rules().size(), ruleSet.stressTests().size(),
                cases.cases().size(), cases.concordanceIndex(), cases.comparablePairs(),
                cases.heldOutConcordanceIndex(), cases.heldOutComparablePairs(), cases.blindConcordanceIndex(),
                cases.blindComparablePairs());
    }

    public DealRater rater() {
        return rater;
    }

    public RuleSet ruleSet() {
        return rater.rules();
    }

    public DealReader dealReader() {
        return dealReader;
    }

    public ReportRenderer renderer() {
        return renderer;
    }

    public CaseLibrary cases() {
        return cases;
    }
}
