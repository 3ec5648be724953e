package org.guarantees.scoring.service;

/**
 * Thrown by the deal scanner for a body that is not a plain, valid deal, which then takes the thorough read. Declining
 * is routine for a bad deal, so it skips the stack trace.
 */
final class NotPlain extends RuntimeException {
    NotPlain() {
        super("not a plain, valid deal", null, false, false);
    }
}
