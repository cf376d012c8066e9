package com.pmocareer.competency;

import java.time.Instant;

/** A person's derived standing in one competency (see the derivation rule); {@code level} null = not assessed. */
public record Proficiency(String competencyCode, Integer level, Integer selfLevel, Double peerLevel, boolean diverges,
        Instant assessedAt) {

    public static Proficiency notAssessed(String code) {
        return new Proficiency(code, null, null, null, false, null);
    }

    public int levelOrZero() {
        return level == null ? 0 : level;
    }
}
