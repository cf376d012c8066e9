package com.pmocareer.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes of secrets that are stored instead of the secrets themselves (API tokens, calendar addresses). */
public final class Digests {

    private Digests() {
    }

    /** SHA-256 as lower-case hex: enough for long random tokens, which need no slow password hash. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
