package org.guarantees.game.scenario;

import java.util.List;
import java.util.Optional;

/**
 * An item on the negotiating table. {@code statusQuo} names the option that holds when nobody has changed the draft;
 * when it is absent the first option does.
 */
public record Issue(String id, String title, String description, List<Option> options, String statusQuo) {

    public Issue {
        options = List.copyOf(options);
    }

    public Issue(String id, String title, String description, List<Option> options) {
        this(id, title, description, options, null);
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public String defaultOption() {
        return statusQuo != null ? statusQuo : options.get(0).id();
    }
}
