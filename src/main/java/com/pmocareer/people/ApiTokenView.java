package com.pmocareer.people;

import java.time.Instant;

/** A personal API token as its owner sees it later: never the token itself, which is shown once when minted. */
public record ApiTokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt, boolean active) {
}
