package com.pmocareer.competency;

import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.util.stream.Collectors;
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

    static final String ENTITY = "CareerLevel";

    private final JdbcClient jdbc;
    private final CompetencyFramework framework;
    private final AuditLog auditLog;
    private volatile Kept kept;

    /**
     * The ladder as read at a revision; every change bumps the revision in its transaction, on any instance. The
     * revision is looked at again after a second at most: a ladder edit reaches the other instances that quickly,
     * and a gap analysis or readiness check costs no query for it.
     */
    private record Kept(long revision, List<LadderLevel> levels, long checkedAtNanos) {
    }

    static final long RECHECK_NANOS = 1_000_000_000L;

    CareerLadder(JdbcClient jdbc, CompetencyFramework framework, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.framework = framework;
        this.auditLog = auditLog;
    }

    public List<LadderLevel> levels() {
        var known = kept;
        long now = System.nanoTime();
        if (known != null && now - known.checkedAtNanos() < RECHECK_NANOS) {
            return known.levels();
        }
        long revision = jdbc.sql("SELECT revision FROM ladder_revision WHERE id = 1").query(Long.class).single();
        if (known == null || known.revision() != revision) {
            // The revision was read before the rows: a change committed in between only causes one more read.
            known = new Kept(revision, read(), now);
        } else {
            known = new Kept(revision, known.levels(), now);
        }
        kept = known;
        return known.levels();
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

    /** An admin sets what a level asks for; every problem is reported and nothing changes while there is one. */
    @Transactional
    public LadderLevel update(CurrentUser viewer, String code, LevelCommand command) {
        CompetencyFramework.requireAdmin(viewer);
        LadderLevel before = level(code);
        var problems = new ArrayList<FieldProblem>();
        var codes = framework.current().competencies().stream().map(Framework.Competency::code).collect(Collectors.toSet());
        var required = new TreeMap<String, Integer>();
        command.required().forEach((competency, level) -> {
            if (!codes.contains(competency)) {
                problems.add(new FieldProblem("required." + competency, "is not a competency of the current framework"));
            } else if (level == null || level < 0 || level > ProficiencyScale.MAX) {
                problems.add(new FieldProblem("required." + competency, "must be 0 (not required) to 5"));
            } else if (level > 0) {
                required.put(competency, level);
            }
        });
        var criteria = new ArrayList<CareerCriterion>();
        for (int i = 0; i < command.criteria().size(); i++) {
            var c = command.criteria().get(i);
            String at = "criteria[" + i + "].";
            boolean counted = c.kind() == CriterionKind.MONTHS_IN_ROLE || c.kind() == CriterionKind.MONTHS_LEADING_PROJECTS;
            var certifications = c.certificationCodes() == null ? List.<String>of()
                    : c.certificationCodes().stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (counted && (c.months() == null || c.months() < 1 || c.months() > 600)) {
                problems.add(new FieldProblem(at + "months", "must be 1 to 600"));
            }
            if (c.kind() == CriterionKind.CERTIFICATION_HELD && (certifications.isEmpty()
                    || certifications.stream().anyMatch(cert -> !FrameworkRules.CODE.matcher(cert).matches()))) {
                problems.add(new FieldProblem(at + "certificationCodes", "name one or more certification codes such as PMP"));
            }
            if (c.description() == null || c.description().isBlank()) {
                problems.add(new FieldProblem(at + "description", "say what the criterion asks, as people will read it"));
            }
            criteria.add(new CareerCriterion(0, c.kind(), counted ? c.months() : null, certifications,
                    c.description() == null ? null : c.description().trim()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are invalid; the level was not changed.", problems);
        }
        define(code, command.summary() == null || command.summary().isBlank() ? null : command.summary().trim(), required, criteria);
        LadderLevel after = level(code);
        auditLog.record(ENTITY, code, "UPDATED", auditState(before), auditState(after));
        return after;
    }

    private static Map<String, Object> auditState(LadderLevel level) {
        var state = new java.util.LinkedHashMap<String, Object>();
        state.put("summary", level.summary());
        state.put("required", level.required());
        state.put("criteria", level.criteria().stream().map(CareerCriterion::description).toList());
        return state;
    }

    /** Sets a level's summary, required levels and criteria, replacing what it had. */
    @Transactional
    void define(String levelCode, String summary, Map<String, Integer> required, List<CareerCriterion> criteria) {
        jdbc.sql("UPDATE ladder_revision SET revision = revision + 1 WHERE id = 1").update();
        // This instance reads the new ladder as soon as it is committed, not a second later.
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        kept = null;
                    }
                });
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
