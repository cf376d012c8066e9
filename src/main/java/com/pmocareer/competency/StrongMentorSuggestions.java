package com.pmocareer.competency;

import com.pmocareer.people.PersonDirectory;
import com.pmocareer.shared.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Suggests mentors whose own assessed level in the competency is at least "leads others" (4) and at least what the
 * gap asks for — read from the framework's own assessments, so it works before mentor profiles exist.
 */
@Component
class StrongMentorSuggestions implements GapSuggestionSource {

    static final int LEADS_OTHERS = 4;
    private static final int SHOWN = 3;

    private final PersonDirectory directory;
    private final JdbcClient jdbc;

    StrongMentorSuggestions(PersonDirectory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<GapSuggestion>> suggest(List<Gap> gaps) {
        var mentorIds = directory.idsWithRoleForSystem(Role.MENTOR);
        if (gaps.isEmpty() || mentorIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> needed = new HashMap<>();
        gaps.forEach(gap -> needed.put(gap.competencyCode(), Math.max(LEADS_OTHERS, gap.requiredLevel())));
        record Strength(long mentorId, String code, int level) {
        }
        var strengths = jdbc.sql("""
                SELECT person_id, competency_code, level FROM competency_proficiency
                 WHERE competency_code IN (:codes) AND level >= :floor AND person_id IN (:mentors)
                 ORDER BY level DESC, person_id""")
                .param("codes", needed.keySet()).param("floor", LEADS_OTHERS).param("mentors", mentorIds)
                .query((rs, n) -> new Strength(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
        Map<String, List<Strength>> best = new HashMap<>();
        for (Strength strength : strengths) {
            var list = best.computeIfAbsent(strength.code(), key -> new ArrayList<>());
            if (strength.level() >= needed.get(strength.code()) && list.size() < SHOWN) {
                list.add(strength);
            }
        }
        var names = directory.namesForSystem(best.values().stream().flatMap(List::stream).map(Strength::mentorId)
                .distinct().toList());
        Map<String, List<GapSuggestion>> suggestions = new HashMap<>();
        best.forEach((code, list) -> suggestions.put(code, list.stream()
                .map(s -> new GapSuggestion(GapSuggestion.Kind.MENTOR, String.valueOf(s.mentorId()), names.get(s.mentorId()),
                        "Mentor at level " + s.level() + " (" + ProficiencyScale.name(s.level()) + ")", null))
                .toList()));
        return suggestions;
    }
}
