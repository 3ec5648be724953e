package org.guarantees.game.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable credentials. Only their SHA-256 hashes are stored, so a database leak hands out no seat. */
public final class Tokens {
    /** No 0/O, 1/I/L: a join code is read aloud and typed from a projector. */
    private static final String JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int JOIN_CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** 8 characters from 31: about 8.5e11 codes, against guessing at rate-limited speed. */
    public static String newJoinCode() {
        StringBuilder code = new StringBuilder(JOIN_CODE_LENGTH);
        for (int i = 0; i < JOIN_CODE_LENGTH; i++) {
            code.append(JOIN_ALPHABET.charAt(RANDOM.nextInt(JOIN_ALPHABET.length())));
        }
        return code.toString();
    }

    public static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
