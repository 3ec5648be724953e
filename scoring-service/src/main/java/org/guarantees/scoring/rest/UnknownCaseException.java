package org.guarantees.scoring.rest;

public class UnknownCaseException extends RuntimeException {
    public UnknownCaseException(String id) {
        super("No historical case has the id '" + id + "'");
    }
}
