package org.guarantees.scoring.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad rules file must stop the service with a message naming the rule at fault. */
class RulesFileValidationTest {

    private static ObjectNode packaged() {
        return (ObjectNode) YamlFiles.read(Optional.empty(), ActiveRules.PACKAGED_RULES).deepCopy();
    }

    private static ObjectNode rule(ObjectNode file, String id) {
        for (JsonNode rule : file.get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return (ObjectNode) rule;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static String rejection(Consumer<ObjectNode> breakIt) {
        ObjectNode file = packaged();
        breakIt.accept(file);
        return assertThrows(RulesFileException.class,
                () -> new RuleSetCompiler(YamlFiles.YAML).compile(file, "test.yaml")).getMessage();
    }

    @Test
    void thePackagedRulesFileIsValid() {
        assertTrue(new RuleSetCompiler(YamlFiles.YAML).compile(packaged(), "packaged").rules().size() >= 30);
    }

    @Test
    void anUnknownFieldInAConditionNamesTheRuleAndTheField() {
        String message = rejection(f -> ((ObjectNode) rule(f, "deterrent-force").get("when").get("all").get(0))
                .put("field", "foreignForces.bootsOnGround"));
        assertTrue(message.contains("rule 'deterrent-force'") && message.contains("foreignForces.bootsOnGround"),
                message);
    }

    @Test
    void aValueTheFieldCannotHoldNamesTheRule() {
        String message = rejection(f -> rule(f, "demilitarised-zone").set("when",
                YamlFiles.YAML.createObjectNode().put("field", "separation").put("op", "eq").put("value", "MOAT")));
        assertTrue(message.contains("rule 'demilitarised-zone'") && message.contains("MOAT"), message);
    }

    @Test
    void aFactorOutOfRangeNamesTheRule() {
        String message = rejection(f -> ((ObjectNode) rule(f, "peacekeepers").get("effect")).put("factor", -0.5));
        assertTrue(message.contains("rule 'peacekeepers'") && message.contains("factor"), message);
    }

    @Test
    void aFactorWithoutItsBasisNamesTheRule() {
        String message = rejection(f -> ((ObjectNode) rule(f, "joint-commission").get("effect")).remove("basis"));
        assertTrue(message.contains("rule 'joint-commission'") && message.contains("basis"), message);
    }

    @Test
    void aRuleWithoutASourceOrWithAnUnknownKeyNamesTheRule() {
        assertTrue(rejection(f -> rule(f, "verification").remove("source")).contains("rule 'verification'"));
        String message = rejection(f -> rule(f, "verification").put("sauce", "x"));
        assertTrue(message.contains("rule 'verification'") && message.contains("sauce"), message);
    }

    @Test
    void voidingAnUnknownRuleOrADuplicateIdIsRejected() {
        String message = rejection(f -> ((ArrayNode) rule(f, "aggressor-veto").get("effect").get("voids"))
                .add("no-such-rule"));
        assertTrue(message.contains("rule 'aggressor-veto'") && message.contains("no-such-rule"), message);
        message = rejection(f -> rule(f, "verification").put("id", "peacekeepers"));
        assertTrue(message.contains("peacekeepers") && message.contains("duplicate"), message);
    }

    @Test
    void aStressTestThatWouldImproveADealIsRejected() {
        String message = rejection(f -> ((ObjectNode) f.get("stressTests").get(1)).put("factor", 0.5));
        assertTrue(message.contains("stress test 'revanchist-leadership'"), message);
    }

    @Test
    void aBaselineThatRisesOverTimeIsRejected() {
        String message = rejection(f -> ((ArrayNode) f.get("baseline").get("yearlyHazard")).set(5, 0.5));
        assertTrue(message.contains("baseline.yearlyHazard year 6"), message);
    }

    @Test
    void aConfiguredRulesFileReplacesThePackagedOneAndABadOneStopsStartUp(@TempDir Path dir) throws Exception {
        ObjectNode other = packaged().put("version", "instructor-edit-1");
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, YamlFiles.YAML.writeValueAsString(other));
        assertEquals("instructor-edit-1", startWith(good).ruleSet().version());

        ((ObjectNode) rule(other, "peacekeepers").get("effect")).put("factor", 9);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, YamlFiles.YAML.writeValueAsString(other));
        RulesFileException failure = assertThrows(RulesFileException.class, () -> startWith(bad));
        assertTrue(failure.getMessage().contains(bad.toString()) && failure.getMessage().contains("rule 'peacekeepers'"),
                failure.getMessage());
    }

    @Test
    void aHeldOutCaseThatDoesNotNameTheRulesItWasEncodedAfterIsRejected() {
        ObjectNode library = (ObjectNode) YamlFiles.read(Optional.empty(), ActiveRules.PACKAGED_CASES).deepCopy();
        for (JsonNode entry : library.get("cases")) {
            if (entry.get("id").asText().equals("finland-1944")) {
                ((ObjectNode) entry).remove("encodedAfter");
            }
        }
        String message = assertThrows(RulesFileException.class, () -> new CaseLibraryCompiler(PackagedRules.reader(),
                PackagedRules.rater()).compile(library, "cases.yaml")).getMessage();
        assertTrue(message.contains("finland-1944") && message.contains("encodedAfter"), message);
    }

    private static ActiveRules startWith(Path rulesFile) {
        ActiveRules rules = new ActiveRules();
        rules.config = new ScoringConfig() {
            public Rules rules() {
                return () -> Optional.of(rulesFile.toString());
            }

            public Cases cases() {
                return Optional::empty;
            }

            public boolean benchmarkFloor() {
                return false;
            }
        };
        rules.mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        rules.validator = PackagedRules.VALIDATOR;
        rules.load();
        return rules;
    }
}
