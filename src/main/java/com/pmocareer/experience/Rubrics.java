package com.pmocareer.experience;

import com.pmocareer.experience.ArtifactViews.Criterion;
import com.pmocareer.experience.ArtifactViews.Rubric;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubric each type of work product is reviewed against, 1–4 per criterion. Every type starts (migration V14) with
 * clarity, completeness, accuracy, audience fit and actionability; an admin edits them per type. Reviews keep the criterion
 * names they were scored on, so an edit never rewrites a past review.
 */
@Service
@Transactional(readOnly = true)
public class Rubrics {

    static final int MAX_CRITERIA = 10;
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final List<Criterion> DEFAULT = List.of(
            new Criterion("CLARITY", "Clarity", "Easy to read and to follow; one message per section."),
            new Criterion("COMPLETENESS", "Completeness", "Covers everything the audience needs; nothing essential missing."),
            new Criterion("ACCURACY", "Accuracy", "Facts, figures and dates are right and consistent."),
            new Criterion("AUDIENCE_FIT", "Audience fit", "Level of detail and tone suit who reads it."),
            new Criterion("ACTIONABILITY", "Actionability", "Decisions, owners and next steps are clear."));

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    Rubrics(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public List<Rubric> all() {
        return Arrays.stream(ArtifactType.values()).map(this::of).toList();
    }

    public Rubric of(ArtifactType type) {
        List<Criterion> criteria = jdbc.sql("""
                SELECT code, name, guidance FROM rubric_criterion WHERE artifact_type = :t ORDER BY position""")
                .param("t", type.name()).query((rs, n) -> new Criterion(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return new Rubric(type, criteria.isEmpty() ? DEFAULT : criteria);
    }

    @Transactional
    public Rubric save(CurrentUser user, ArtifactType type, List<Criterion> criteria) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an admin edits the review rubrics.");
        }
        var problems = new ArrayList<FieldProblem>();
        List<Criterion> given = criteria == null ? List.of() : criteria;
        if (given.isEmpty() || given.size() > MAX_CRITERIA) {
            problems.add(new FieldProblem("criteria", "must be from 1 to " + MAX_CRITERIA));
        }
        var codes = new HashSet<String>();
        var normalised = new ArrayList<Criterion>();
        for (int i = 0; i < given.size(); i++) {
            Criterion c = given.get(i);
            String code = c.code() == null ? "" : c.code().trim().toUpperCase(Locale.ROOT).replace(' ', '_');
            if (!CODE.matcher(code).matches()) {
                problems.add(new FieldProblem("criteria[" + i + "].code", "must be 2 to 40 letters, digits or underscores"));
            } else if (!codes.add(code)) {
                problems.add(new FieldProblem("criteria[" + i + "].code", "appears twice"));
            }
            FieldChecks.requireText(problems, "criteria[" + i + "].name", c.name(), 100);
            FieldChecks.requireText(problems, "criteria[" + i + "].guidance", c.guidance(), 500);
            normalised.add(new Criterion(code, c.name() == null ? null : c.name().trim(),
                    c.guidance() == null ? null : c.guidance().trim()));
        }
        FieldChecks.refuseIfAny("The rubric was not saved", problems);
        Rubric before = of(type);
        jdbc.sql("DELETE FROM rubric_criterion WHERE artifact_type = :t").param("t", type.name()).update();
        insert(type, normalised);
        auditLog.record("Rubric", type.ordinal(), "SAVED",
                Map.of("type", type.name(), "criteria", before.criteria().stream().map(Criterion::code).toList()),
                Map.of("type", type.name(), "criteria", normalised.stream().map(Criterion::code).toList()));
        return of(type);
    }

    private void insert(ArtifactType type, List<Criterion> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            jdbc.sql("""
                    INSERT INTO rubric_criterion (artifact_type, position, code, name, guidance)
                    VALUES (:t, :p, :code, :name, :guidance)""")
                    .param("t", type.name()).param("p", i).param("code", c.code()).param("name", c.name())
                    .param("guidance", c.guidance()).update();
        }
    }
}
