package org.guarantees.game.scenario;

/** A scenario file that cannot be played; {@link #element()} names the offending element, e.g. roles[1].points. */
public class InvalidScenarioException extends RuntimeException {

    private final String element;

    public InvalidScenarioException(String element, String problem) {
        super(element + ": " + problem);
        this.element = element;
    }

    public InvalidScenarioException(String element, String problem, Throwable cause) {
        super(element + ": " + problem, cause);
        this.element = element;
    }

    public String element() {
        return element;
    }
}
