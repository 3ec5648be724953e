package org.guarantees.game.scenario;

/** Points at one option of one issue, e.g. a red line. */
public record OptionRef(String issue, String option) {

    @Override
    public String toString() {
        return issue + "=" + option;
    }
}
