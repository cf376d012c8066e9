package com.pmocareer.competency;

import com.pmocareer.people.PersonDirectory;
import com.pmocareer.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Suggests mentors whose own assessed level in the competency is at least "leads others" (4) and at least what the
 * gap asks for — read from the framework's own assessments, so it works before mentor profiles exist. The strongest
 * mentors per competency are kept for a minute: a hint may be that old, while a gap analysis must stay fast however
 * many mentors the PMO has.
 */
@Component
class StrongMentorSuggestions implements GapSuggestionSource {

    static final int LEADS_OTHERS = 4;
    static final Duration FRESHNESS = Duration.ofMinutes(1);
    private static final int SHOWN = 2;
    private static final int KEPT = 12;

    record Strength(long mentorId, int level) {
    }

    private record Snapshot(Instant loadedAt, Map<String, List<Strength>> byCompetency) {
    }

    private final PersonDirectory directory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private final java.util.concurrent.atomic.AtomicBoolean reloading = new java.util.concurrent.atomic.AtomicBoolean();

    StrongMentorSuggestions(PersonDirectory directory, JdbcClient jdbc, Clock clock) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<String, List<GapSuggestion>> suggest(List<Gap> gaps) {
        var strongest = current().byCompetency();
        Map<String, List<Strength>> chosen = new HashMap<>();
        for (Gap gap : gaps) {
            int needed = Math.max(LEADS_OTHERS, gap.requiredLevel());
            var mentors = strongest.getOrDefault(gap.competencyCode(), List.of()).stream()
                    .filter(s -> s.level() >= needed).limit(SHOWN).toList();
            if (!mentors.isEmpty()) {
                chosen.put(gap.competencyCode(), mentors);
            }
        }
        var names = directory.namesForSystem(chosen.values().stream().flatMap(List::stream).map(Strength::mentorId)
                .distinct().toList());
        Map<String, List<GapSuggestion>> suggestions = new HashMap<>();
        chosen.forEach((code, list) -> suggestions.put(code, list.stream()
                .filter(s -> names.containsKey(s.mentorId()))
                .map(s -> new GapSuggestion(GapSuggestion.Kind.MENTOR, String.valueOf(s.mentorId()), names.get(s.mentorId()),
                        "Mentor at level " + s.level() + " (" + ProficiencyScale.name(s.level()) + ")", null))
                .toList()));
        return suggestions;
    }

    /** The snapshot; a stale one is reloaded by one caller while the others go on with it. */
    private Snapshot current() {
        Snapshot known = snapshot;
        boolean fresh = known != null && known.loadedAt().plus(FRESHNESS).isAfter(Instant.now(clock));
        if (fresh || known != null && !reloading.compareAndSet(false, true)) {
            return known;
        }
        if (known == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                return snapshot;
            }
        }
        try {
            snapshot = load();
            return snapshot;
        } finally {
            reloading.set(false);
        }
    }

    /** Every mentor's levels of 4 and above, the strongest first per competency. */
    private Snapshot load() {
        var mentors = new HashSet<>(directory.idsWithRoleForSystem(Role.MENTOR));
        Map<String, List<Strength>> byCompetency = new HashMap<>();
        jdbc.sql("SELECT person_id, competency_code, level FROM competency_proficiency WHERE level >= :floor")
                .param("floor", LEADS_OTHERS)
                .query(rs -> {
                    if (mentors.contains(rs.getLong(1))) {
                        byCompetency.computeIfAbsent(rs.getString(2), code -> new ArrayList<>())
                                .add(new Strength(rs.getLong(1), rs.getInt(3)));
                    }
                });
        byCompetency.replaceAll((code, list) -> list.stream()
                .sorted(Comparator.comparingInt(Strength::level).reversed().thenComparingLong(Strength::mentorId))
                .limit(KEPT).toList());
        return new Snapshot(Instant.now(clock), byCompetency);
    }
}
