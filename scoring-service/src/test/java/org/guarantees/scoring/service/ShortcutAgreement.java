package org.guarantees.scoring.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.guarantees.scoring.domain.Deal;

/**
 * Holds DealReader's scanning shortcut to its thorough read: whatever the shortcut takes, the thorough read must find
 * valid and read as the same deal. Counts how often it took a body and how often it declined one.
 */
final class ShortcutAgreement {
    private final DealReader reader;
    int taken;
    int declined;

    /** The thorough read comes from this reader, and so from its mapper. */
    ShortcutAgreement(DealReader reader) {
        this.reader = reader;
    }

    /** Checks one body and says whether the shortcut took it. */
    boolean check(String label, String json) {
        return check(label, json.getBytes(StandardCharsets.UTF_8));
    }

    boolean check(String label, byte[] body) {
        Deal scanned = DealScanner.read(body);
        if (scanned != null) {
            DealReader.Result thorough = reader.readWithDatabind(body);
            assertTrue(thorough.valid(), () -> label + ": the shortcut took a deal the thorough read rejects: "
                    + thorough.violations() + "\n" + text(body));
            assertEquals(thorough.deal(), scanned, () -> label + ": the shortcut read another deal\n" + text(body));
            assertEquals(thorough, reader.read(body),
                    () -> label + ": DealReader answered differently\n" + text(body));
            taken++;
        } else {
            declined++;
        }
        return scanned != null;
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
