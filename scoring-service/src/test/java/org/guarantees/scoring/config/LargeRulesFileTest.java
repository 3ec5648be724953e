package org.guarantees.scoring.config;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.guarantees.scoring.domain.Deal;
import org.guarantees.scoring.domain.DurabilityReport;
import org.guarantees.scoring.service.DealRater;
import org.guarantees.scoring.service.RuleSet;
import org.junit.jupiter.api.Test;

/** A rules file with more distinct field tests than the rule program's 64 bits is still loaded and rated, as trees. */
class LargeRulesFileTest {

    private static RuleSet withRuleTesting(int years) {
        ObjectNode file = (ObjectNode) YamlFiles.read(Optional.empty(), ActiveRules.PACKAGED_RULES).deepCopy();
        ObjectNode rule = ((ArrayNode) file.get("rules")).addObject();
        rule.put("id", "one-of-many-years").put("title", "One of many years")
                .put("explanation", "Tests a year against many values.").put("source", "test");
        rule.putObject("effect").put("factor", 1.5).put("basis", "test");
        ArrayNode any = rule.putObject("when").putArray("any");
        for (int year = 1900; year < 1900 + years; year++) {
            any.addObject().put("field", "year").put("op", "eq").put("value", year);
        }
        return new RuleSetCompiler(YamlFiles.YAML).compile(file, "large.yaml");
    }

    private static boolean fires(RuleSet rules, int year) {
        Deal deal = new Deal(null, year, "UA", "RU", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        DurabilityReport report = new DealRater(rules).rate(deal);
        return report.findings().stream().anyMatch(finding -> finding.ruleId().equals("one-of-many-years"));
    }

    @Test
    void aRuleWithMoreDistinctTestsThanTheProgramHoldsIsEvaluatedAsATree() {
        RuleSet large = withRuleTesting(80);
        assertNull(large.program(), "80 more field tests do not fit in 64 bits");
        assertTrue(fires(large, 1975) && !fires(large, 2010));
    }

    @Test
    void aRuleThatFitsIsEvaluatedByTheProgram() {
        RuleSet small = withRuleTesting(3);
        assertNotNull(small.program());
        assertTrue(fires(small, 1901) && !fires(small, 1975));
    }
}
