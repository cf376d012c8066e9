package com.pmocareer.mentoring;

import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentor–mentee relationships. Leads pair people in their part of the PMO; a mentor sees and rates their current
 * mentees, which is why this module widens the people module's visibility.
 */
@Service
@Transactional(readOnly = true)
public class Mentorships {

    static final String ENTITY = "Mentorship";
    private static final String SELECT = """
            SELECT m.*, mentor.full_name AS mentor_name, mentee.full_name AS mentee_name
              FROM mentorship m
              JOIN person mentor ON mentor.id = m.mentor_id
              JOIN person mentee ON mentee.id = m.mentee_id""";
    private static final String CURRENT = CurrentMentorships.CURRENT;

    private final JdbcClient jdbc;
    private final CurrentMentorships relations;
    private final PersonDirectory directory;
    private final AuditLog auditLog;

    Mentorships(JdbcClient jdbc, CurrentMentorships relations, PersonDirectory directory, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.relations = relations;
        this.directory = directory;
        this.auditLog = auditLog;
    }

    /** The relationships the viewer may see: all of the people they can see, as mentor or as mentee. */
    public List<MentorshipView> list(CurrentUser viewer, boolean currentOnly) {
        var all = jdbc.sql(SELECT + (currentOnly ? " WHERE" + CURRENT : "") + " ORDER BY mentee.full_name, m.started_on")
                .param("today", today()).query(this::row).list();
        if (viewer.isAdmin()) {
            return all;
        }
        return all.stream().filter(m -> m.mentorId() == viewer.personId() || m.menteeId() == viewer.personId()
                || viewer.isLead() && directory.canSee(viewer, m.menteeId())).toList();
    }

    public List<MentorshipView> forMentee(CurrentUser viewer, long menteeId) {
        directory.get(viewer, menteeId);
        return jdbc.sql(SELECT + " WHERE m.mentee_id = :mentee ORDER BY m.started_on DESC").param("mentee", menteeId)
                .param("today", today()).query(this::row).list();
    }

    public MentorshipView get(CurrentUser viewer, long id) {
        return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).param("today", today()).query(this::row)
                .optional()
                .filter(m -> viewer.isAdmin() || m.mentorId() == viewer.personId() || m.menteeId() == viewer.personId()
                        || viewer.isLead() && directory.canSee(viewer, m.menteeId()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** A lead pairs people of their part of the PMO (an admin anyone); one current mentor per mentee. */
    @Transactional
    public MentorshipView start(CurrentUser viewer, MentorshipCommand command) {
        requireLeadOrAdmin(viewer);
        PersonView mentee = directory.find(viewer, command.menteeId()).orElse(null);
        PersonView mentor = directory.findForSystem(command.mentorId()).orElse(null);
        var problems = new ArrayList<FieldProblem>();
        if (mentee == null) {
            problems.add(new FieldProblem("menteeId", "is not a person you may pair"));
        }
        if (mentor == null || !mentor.roles().contains(Role.MENTOR)) {
            problems.add(new FieldProblem("mentorId", "is not a person with the MENTOR role"));
        }
        if (mentee != null && mentor != null && mentee.id() == mentor.id()) {
            problems.add(new FieldProblem("mentorId", "cannot be the mentee themselves"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are invalid.", problems);
        }
        if (!relations.currentMentorsOf(mentee.id()).isEmpty()) {
            throw new ConflictException(mentee.fullName() + " already has a current mentor; end that mentorship first.");
        }
        LocalDate from = command.startedOn() == null ? today() : command.startedOn();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mentorship (mentor_id, mentee_id, started_on, created_by, version)
                VALUES (:mentor, :mentee, :from, :by, 0)""")
                .param("mentor", mentor.id()).param("mentee", mentee.id()).param("from", from)
                .param("by", viewer.personId()).update(keys, "id");
        long id = keys.getKey().longValue();
        var created = get(viewer, id);
        auditLog.record(ENTITY, id, "STARTED", Map.of(), auditState(created));
        return created;
    }

    @Transactional
    public MentorshipView end(CurrentUser viewer, long id) {
        requireLeadOrAdmin(viewer);
        var before = get(viewer, id);
        if (!before.current()) {
            throw new ConflictException("This mentorship has already ended.");
        }
        jdbc.sql("UPDATE mentorship SET ended_on = :today, version = version + 1 WHERE id = :id")
                .param("today", today()).param("id", id).update();
        var after = get(viewer, id);
        auditLog.record(ENTITY, id, "ENDED", auditState(before), auditState(after));
        return after;
    }

    /** An admin, or a PMO lead who sees the mentee. */
    boolean leads(CurrentUser viewer, MentorshipView m) {
        return viewer.isAdmin() || viewer.isLead() && directory.canSee(viewer, m.menteeId());
    }

    private static void requireLeadOrAdmin(CurrentUser viewer) {
        if (!viewer.isLead() && !viewer.isAdmin()) {
            throw new ForbiddenException("Only a PMO lead or an admin pairs mentors and mentees.");
        }
    }

    private static Map<String, Object> auditState(MentorshipView m) {
        var state = new LinkedHashMap<String, Object>();
        state.put("mentor", m.mentorName());
        state.put("mentee", m.menteeName());
        state.put("startedOn", m.startedOn());
        state.put("endedOn", m.endedOn());
        return state;
    }

    private LocalDate today() {
        return relations.today();
    }

    private MentorshipView row(ResultSet rs, int rowNum) throws SQLException {
        LocalDate started = rs.getObject("started_on", LocalDate.class);
        LocalDate ended = rs.getObject("ended_on", LocalDate.class);
        boolean current = !started.isAfter(today()) && (ended == null || ended.isAfter(today()));
        return new MentorshipView(rs.getLong("id"), rs.getLong("mentor_id"), rs.getString("mentor_name"),
                rs.getLong("mentee_id"), rs.getString("mentee_name"), started, ended, current, rs.getLong("version"));
    }
}
