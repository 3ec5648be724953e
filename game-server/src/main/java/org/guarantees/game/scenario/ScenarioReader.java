package org.guarantees.game.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.guarantees.game.scenario.YamlTree.integer;
import static org.guarantees.game.scenario.YamlTree.list;
import static org.guarantees.game.scenario.YamlTree.object;
import static org.guarantees.game.scenario.YamlTree.optionalText;
import static org.guarantees.game.scenario.YamlTree.text;
import static org.guarantees.game.scenario.YamlTree.texts;

/** Builds the scenario records from a parsed YAML tree; shape errors only, cross-checks are ScenarioValidator's. */
final class ScenarioReader {

    private ScenarioReader() {
    }

    static Scenario read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidScenarioException("(file)", "must be a YAML mapping with id, title, issues, roles, ...");
        }
        return new Scenario(text(root, "id", ""), text(root, "title", ""), text(root, "summary", ""),
                terms(root, "baseDeal", ""),
                list(root, "roles", "", ScenarioReader::role),
                list(root, "issues", "", ScenarioReader::issue),
                list(root, "rounds", "", (n, p) -> new RoundPlan(integer(n, "number", p), text(n, "title", p),
                        integer(n, "minutes", p))),
                list(root, "injects", "", (n, p) -> new Inject(text(n, "id", p), integer(n, "afterRound", p),
                        text(n, "title", p), text(n, "text", p))),
                root.hasNonNull("signingSeconds") ? integer(root, "signingSeconds", "")
                        : Scenario.DEFAULT_SIGNING_SECONDS);
    }

    private static Issue issue(JsonNode node, String path) {
        return new Issue(text(node, "id", path), text(node, "title", path), text(node, "description", path),
                list(node, "options", path, (n, p) -> new Option(text(n, "id", p), text(n, "label", p),
                        text(n, "description", p), terms(n, "dealTerms", p))),
                optionalText(node, "statusQuo", path));
    }

    private static Role role(JsonNode node, String path) {
        JsonNode brief = YamlTree.field(node, "brief", path);
        String briefPath = YamlTree.join(path, "brief");
        Map<String, String> talkingPoints = new LinkedHashMap<>();
        object(brief, "talkingPoints", briefPath).fieldNames().forEachRemaining(issue ->
                talkingPoints.put(issue, text(brief.get("talkingPoints"), issue, YamlTree.join(briefPath, "talkingPoints"))));
        return new Role(text(node, "id", path), text(node, "name", path),
                new Brief(text(brief, "background", briefPath), texts(brief, "interests", briefPath),
                        texts(brief, "privateInstructions", briefPath), talkingPoints),
                points(node, path),
                list(node, "redLines", path, (n, p) -> new OptionRef(text(n, "issue", p), text(n, "option", p))),
                integer(node, "noDealValue", path));
    }

    private static Map<String, Map<String, Integer>> points(JsonNode role, String path) {
        String pointsPath = YamlTree.join(path, "points");
        JsonNode points = object(role, "points", path);
        Map<String, Map<String, Integer>> schedule = new LinkedHashMap<>();
        points.fields().forEachRemaining(issue -> {
            String issuePath = YamlTree.join(pointsPath, issue.getKey());
            if (!issue.getValue().isObject()) {
                throw new InvalidScenarioException(issuePath, "must map each option id to its points");
            }
            Map<String, Integer> options = new LinkedHashMap<>();
            issue.getValue().fieldNames().forEachRemaining(option ->
                    options.put(option, integer(issue.getValue(), option, issuePath)));
            schedule.put(issue.getKey(), options);
        });
        return schedule;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> terms(JsonNode node, String name, String path) {
        return (Map<String, Object>) YamlTree.plain(object(node, name, path), YamlTree.join(path, name));
    }
}
