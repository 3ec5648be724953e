package org.guarantees.scoring.config;

/** The rules (or case) file cannot be used; the message names the file and the rule at fault. */
public class RulesFileException extends RuntimeException {
    public RulesFileException(String message) {
        super(message);
    }

    public RulesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
