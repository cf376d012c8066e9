package com.pmocareer.people;

import java.time.Instant;

/** A freshly minted token: the only time its secret value is available. */
public record MintedToken(long id, String name, String token, Instant expiresAt) {
}
