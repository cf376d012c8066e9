package com.pmocareer.competency;

import com.pmocareer.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The career ladder: the people module's levels, each with the proficiency it requires per competency and its
 * other criteria. Requirements name competencies by code, so a new framework version keeps them.
 */
@Service
@Transactional(readOnly = true)
public class CareerLadder {

    private final JdbcClient jdbc;
    /** The ladder changes only through {@link #define}, at installation; read once, it is kept. */
    private volatile List<LadderLevel> known;

    CareerLadder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LadderLevel> levels() {
        var levels = known;
        if (levels == null) {
            levels = read();
            // An empty ladder may be one another instance is installing right now: not kept.
            if (levels.stream().anyMatch(level -> !level.required().isEmpty())) {
                known = levels;
            }
        }
        return levels;
    }

    private List<LadderLevel> read() {
        Map<String, Map<String, Integer>> required = new HashMap<>();
        jdbc.sql("SELECT level_code, competency_code, required_level FROM career_level_requirement")
                .query(rs -> {
                    required.computeIfAbsent(rs.getString(1), key -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        Map<String, List<CareerCriterion>> criteria = new HashMap<>();
        jdbc.sql("SELECT * FROM career_level_criterion ORDER BY id").query(rs -> {
            String codes = rs.getString("certification_codes");
            criteria.computeIfAbsent(rs.getString("level_code"), key -> new ArrayList<>()).add(new CareerCriterion(
                    rs.getLong("id"), CriterionKind.valueOf(rs.getString("kind")), rs.getObject("months", Integer.class),
                    codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(",")),
                    rs.getString("description")));
        });
        return jdbc.sql("SELECT code, name, rank, summary FROM career_level ORDER BY rank")
                .query((rs, n) -> new LadderLevel(rs.getString("code"), rs.getString("name"), rs.getInt("rank"),
                        rs.getString("summary"), required.getOrDefault(rs.getString("code"), Map.of()),
                        criteria.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    public LadderLevel level(String code) {
        return levels().stream().filter(level -> level.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("Career level", code));
    }

    /** The rung above {@code code}; empty at the top of the ladder. */
    public Optional<LadderLevel> above(String code) {
        var levels = levels();
        for (int i = 0; i < levels.size() - 1; i++) {
            if (levels.get(i).code().equals(code)) {
                return Optional.of(levels.get(i + 1));
            }
        }
        return Optional.empty();
    }

    boolean configured() {
        return jdbc.sql("SELECT COUNT(*) FROM career_level_requirement").query(Long.class).single() > 0;
    }

    /** Sets a level's summary, required levels and criteria, replacing what it had. */
    @Transactional
    void define(String levelCode, String summary, Map<String, Integer> required, List<CareerCriterion> criteria) {
        known = null;
        jdbc.sql("UPDATE career_level SET summary = :summary WHERE code = :code").param("summary", summary)
                .param("code", levelCode).update();
        jdbc.sql("DELETE FROM career_level_requirement WHERE level_code = :code").param("code", levelCode).update();
        jdbc.sql("DELETE FROM career_level_criterion WHERE level_code = :code").param("code", levelCode).update();
        new LinkedHashMap<>(required).forEach((competency, level) -> jdbc.sql("""
                INSERT INTO career_level_requirement (level_code, competency_code, required_level)
                VALUES (:level, :competency, :required)""")
                .param("level", levelCode).param("competency", competency).param("required", level).update());
        criteria.forEach(criterion -> jdbc.sql("""
                INSERT INTO career_level_criterion (level_code, kind, months, certification_codes, description)
                VALUES (:level, :kind, :months, :codes, :description)""")
                .param("level", levelCode).param("kind", criterion.kind().name()).param("months", criterion.months())
                .param("codes", criterion.certificationCodes().isEmpty() ? null : String.join(",", criterion.certificationCodes()))
                .param("description", criterion.description()).update());
    }
}
