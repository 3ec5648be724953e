package org.guarantees.game.scenario;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken scenario file is refused with a message that tells the author where to look. */
class InvalidScenarioTest {

    private static final String YAML = Fixtures.defaultYaml();

    private static InvalidScenarioException rejected(String original, String replacement) {
        assertTrue(YAML.contains(original), "fixture text not found: " + original);
        String broken = YAML.replaceFirst(java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(replacement));
        assertNotEquals(YAML, broken);
        return assertThrows(InvalidScenarioException.class, () -> Fixtures.load(broken));
    }

    @Test
    void aValueOutsideTheDealContractsEnumIsNamedDownToTheField() {
        InvalidScenarioException e = rejected("dealTerms: { monitoring: OBSERVERS }", "dealTerms: { monitoring: PATROLS }");
        assertEquals("issues[monitoring].options[observers].dealTerms.monitoring", e.element());
        assertTrue(e.getMessage().contains("'PATROLS' is not one of [NONE, OBSERVERS, TECHNICAL_MEANS, JOINT_COMMISSION]"));
    }

    @Test
    void aFieldTheDealContractDoesNotKnowIsRefused() {
        InvalidScenarioException e = rejected("dealTerms: { economicIntegration: NONE }", "dealTerms: { euMembership: NONE }");
        assertEquals("issues[eu-accession].options[no-path].dealTerms.euMembership", e.element());
    }

    @Test
    void anUnquotedNorwayThatYamlReadsAsFalseIsCaught() {
        InvalidScenarioException e = rejected("PL, \"NO\", CA, TR", "PL, NO, CA, TR");
        assertEquals("issues[guarantors].options[european-coalition].dealTerms.primaryInstrument.guarantors[4]", e.element());
        assertTrue(e.getMessage().contains("'false' is not a country code"));
    }

    @Test
    void aRedLineOnAnOptionThatDoesNotExistIsNamed() {
        InvalidScenarioException e = rejected("{ issue: nato, option: membership }\n      - { issue: foreign-forces",
                "{ issue: nato, option: accession }\n      - { issue: foreign-forces");
        assertEquals("roles[russia].redLines[0]", e.element());
        assertTrue(e.getMessage().contains("nato=accession"));
    }

    @Test
    void aPointsScheduleMissingAnOptionIsNamed() {
        InvalidScenarioException e = rejected("trigger: { automatic: 0, constitutional-process: 10, after-consultation: 8, unanimity: 3 }",
                "trigger: { automatic: 0, constitutional-process: 10, after-consultation: 8 }");
        assertEquals("roles[usa].points.trigger.unanimity", e.element());
    }

    @Test
    void twoIssuesWritingTheSameDealFieldAreRefused() {
        InvalidScenarioException e = rejected("dealTerms: { ceasefire: true, separation: NONE }",
                "dealTerms: { ceasefire: true, separation: NONE, monitoring: NONE }");
        assertEquals("issues[monitoring]", e.element());
        assertTrue(e.getMessage().contains("'monitoring'") && e.getMessage().contains("'ceasefire'"));
    }

    @Test
    void aNoDealValueNoDealCouldBeatIsRefused() {
        InvalidScenarioException e = rejected("noDealValue: 57", "noDealValue: 100");
        assertEquals("roles[ukraine].noDealValue", e.element());
    }

    @Test
    void anInjectAfterTheLastRoundIsRefused() {
        InvalidScenarioException e = rejected("afterRound: 3", "afterRound: 4");
        assertEquals("injects[reassurance-force-announced].afterRound", e.element());
    }

    @Test
    void aMissingTitleAndAStatusQuoThatIsNoOptionAreNamed() {
        assertEquals("title", rejected("title: Security guarantees for Ukraine\n", "").element());
        assertEquals("issues[nato].statusQuo", rejected("statusQuo: open-door", "statusQuo: ajar").element());
    }

    @Test
    void brokenYamlIsRefusedWithItsLineNumber() {
        InvalidScenarioException e = rejected("rounds:\n", "rounds: [\n");
        assertTrue(e.element().startsWith("line "), e.element());
        assertTrue(e.getMessage().contains("not valid YAML"));
    }
}
