package org.guarantees.game.bot;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guarantees.game.domain.Command;
import org.guarantees.game.domain.GameEvent;
import org.guarantees.game.domain.TableFold;
import org.guarantees.game.domain.TableState;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A careless human stand-in for the property test: proposes random packages, amends at random and signs whatever is on
 * the table, so the bots keep meeting drafts that cross their red lines or fall below their value of no deal.
 */
final class RandomPlayer implements HeadlessTable.Player {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final SeatBrief brief;
    private final Random random;
    private TableState view = TableState.initial();

    RandomPlayer(SeatBrief brief, long seed) {
        this.brief = brief;
        this.random = new Random(seed);
    }

    @Override
    public void observe(GameEvent event) {
        view = TableFold.apply(view, event);
    }

    @Override
    public List<Command> decide(Instant now) {
        int dice = random.nextInt(10);
        if (view.version() == 0 || dice == 0) {
            ObjectNode body = JSON.objectNode().put("baseVersion", view.version());
            ObjectNode options = body.putObject("options");
            brief.options().forEach((issue, ids) -> options.put(issue, ids.get(random.nextInt(ids.size()))));
            return List.of(new Command("propose", body));
        }
        if (dice < 3) {
            List<String> issues = List.copyOf(brief.options().keySet());
            String issue = issues.get(random.nextInt(issues.size()));
            List<String> ids = brief.options().get(issue);
            return List.of(new Command("amend", JSON.objectNode().put("baseVersion", view.version())
                    .put("issue", issue).put("option", ids.get(random.nextInt(ids.size())))));
        }
        if (!view.signatures().contains(brief.role()) && !view.draft().equals(Map.of())) {
            return List.of(new Command("sign", JSON.objectNode().put("version", view.version())));
        }
        return List.of();
    }
}
