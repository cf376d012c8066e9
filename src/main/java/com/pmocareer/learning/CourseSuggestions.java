package com.pmocareer.learning;

import com.pmocareer.competency.GapSuggestion;
import com.pmocareer.competency.GapSuggestionSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Offers the gap analysis the active courses that develop a competency beyond the person's current level (closest to
 * the required level first) and the learning paths that contain them.
 */
@Component
class CourseSuggestions implements GapSuggestionSource {

    private static final int SHOWN = 3;

    private record Candidate(String code, long courseId, String title, int targetLevel, String format, String hours) {
    }

    private final JdbcClient jdbc;

    CourseSuggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<GapSuggestion>> suggest(List<Gap> gaps) {
        if (gaps.isEmpty()) {
            return Map.of();
        }
        Set<String> codes = new HashSet<>();
        gaps.forEach(gap -> codes.add(gap.competencyCode()));
        Map<String, List<Candidate>> candidates = new HashMap<>();
        jdbc.sql("""
                SELECT cc.competency_code, c.id, c.title, cc.target_level, c.format, c.duration_hours
                  FROM course_competency cc JOIN course c ON c.id = cc.course_id
                 WHERE c.active = TRUE AND cc.competency_code IN (:codes)""").param("codes", codes).query(rs -> {
                    candidates.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(new Candidate(rs.getString(1),
                            rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getBigDecimal(6).stripTrailingZeros().toPlainString()));
                });
        Map<Long, List<String[]>> pathsByCourse = new HashMap<>();
        jdbc.sql("SELECT i.course_id, p.id, p.name FROM learning_path_item i JOIN learning_path p ON p.id = i.path_id")
                .query(rs -> {
                    pathsByCourse.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3)});
                });
        Map<String, List<GapSuggestion>> suggestions = new HashMap<>();
        for (Gap gap : gaps) {
            List<Candidate> useful = candidates.getOrDefault(gap.competencyCode(), List.of()).stream()
                    .filter(c -> c.targetLevel() > gap.currentLevel())
                    .sorted((a, b) -> Integer.compare(Math.abs(a.targetLevel() - gap.requiredLevel()),
                            Math.abs(b.targetLevel() - gap.requiredLevel())))
                    .limit(SHOWN).toList();
            if (useful.isEmpty()) {
                continue;
            }
            List<GapSuggestion> list = new ArrayList<>();
            Set<String> paths = new HashSet<>();
            for (Candidate course : useful) {
                list.add(new GapSuggestion(GapSuggestion.Kind.COURSE, String.valueOf(course.courseId()), course.title(),
                        "Course to level " + course.targetLevel() + " · " + course.hours() + " h · "
                                + CourseFormat.valueOf(course.format()).label(), "/courses/" + course.courseId()));
                for (String[] path : pathsByCourse.getOrDefault(course.courseId(), List.of())) {
                    if (paths.add(path[0])) {
                        list.add(new GapSuggestion(GapSuggestion.Kind.LEARNING_PATH, path[0], path[1], "Learning path",
                                "/learning/paths/" + path[0]));
                    }
                }
            }
            suggestions.put(gap.competencyCode(), list);
        }
        return suggestions;
    }
}
