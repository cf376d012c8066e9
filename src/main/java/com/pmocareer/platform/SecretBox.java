package com.pmocareer.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets the product must use again later, such as a Jira API token: AES-256-GCM with a random nonce, the key
 * from PMO_SECRETS_KEY (32 bytes, Base64). Without one, a fixed development key is used and a warning says so; every
 * instance of a cluster needs the same key.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(@Value("${pmo.secrets.key:}") String configuredKey) throws GeneralSecurityException {
        byte[] raw;
        if (configuredKey == null || configuredKey.isBlank()) {
            log.warn("PMO_SECRETS_KEY is not set: secrets such as Jira tokens are encrypted with the development key. "
                    + "Set a random 32-byte Base64 key in production.");
            raw = MessageDigest.getInstance("SHA-256").digest("pmo-career-development-key".getBytes(StandardCharsets.UTF_8));
        } else {
            raw = Base64.getDecoder().decode(configuredKey.trim());
            if (raw.length != 32) {
                throw new IllegalStateException("PMO_SECRETS_KEY must be 32 bytes in Base64 (44 characters)");
            }
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is not available", impossible);
        }
    }

    /** The secret; fails when the value was sealed with another key or altered. */
    public String open(String sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException wrongKey) {
            throw new IllegalStateException("A stored secret cannot be decrypted: was PMO_SECRETS_KEY changed?", wrongKey);
        }
    }
}
