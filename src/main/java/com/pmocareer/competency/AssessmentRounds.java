package com.pmocareer.competency;

import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 360 rounds: a lead opens one for a person and invites raters (mentor, leads, peers; the person rates themselves);
 * each rater answers once; when the lead closes it, the ratings count towards the current levels and the person
 * sees the aggregated result.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentRounds {

    static final String ENTITY = "AssessmentRound";

    private final JdbcClient jdbc;
    private final PersonDirectory directory;
    private final MentorRelations mentors;
    private final AssessmentAccess access;
    private final AssessmentStore assessments;
    private final ProficiencyStore proficiencies;
    private final CompetencyFramework framework;
    private final FrameworkStore frameworks;
    private final AuditLog auditLog;
    private final Clock clock;

    AssessmentRounds(JdbcClient jdbc, PersonDirectory directory, MentorRelations mentors, AssessmentAccess access,
            AssessmentStore assessments, ProficiencyStore proficiencies, CompetencyFramework framework,
            FrameworkStore frameworks, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.mentors = mentors;
        this.access = access;
        this.assessments = assessments;
        this.proficiencies = proficiencies;
        this.framework = framework;
        this.frameworks = frameworks;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public RoundView open(CurrentUser viewer, long personId, RoundCommand command) {
        PersonView person = access.visible(viewer, personId);
        if (!access.managesRounds(viewer, personId)) {
            throw new ForbiddenException("Only " + person.fullName() + "'s lead or an admin opens 360 rounds.");
        }
        Framework current = framework.current();
        var problems = new ArrayList<FieldProblem>();
        if (command.dueOn().isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("dueOn", "must be today or later"));
        }
        var codes = command.competencyCodes().stream().distinct().toList();
        for (int i = 0; i < codes.size(); i++) {
            if (current.competency(codes.get(i)).isEmpty()) {
                problems.add(new FieldProblem("competencyCodes[" + i + "]", codes.get(i) + " is not a competency of the current framework"));
            }
        }
        var invites = new LinkedHashMap<Long, RaterRole>();
        invites.put(personId, RaterRole.SELF);
        for (int i = 0; i < command.raters().size(); i++) {
            var invite = command.raters().get(i);
            String field = "raters[" + i + "]";
            if (invite.personId() == personId) {
                continue;
            }
            if (directory.findForSystem(invite.personId()).isEmpty()) {
                problems.add(new FieldProblem(field + ".personId", "is not a known person"));
            } else if (invite.relation() == RaterRole.SELF) {
                problems.add(new FieldProblem(field + ".relation", "SELF is only the person themselves"));
            } else if (invite.relation() == RaterRole.MENTOR && !mentors.isCurrentMentor(invite.personId(), personId)) {
                problems.add(new FieldProblem(field + ".relation", "MENTOR is only a current mentor of " + person.fullName()));
            } else if (invites.putIfAbsent(invite.personId(), invite.relation()) != null) {
                problems.add(new FieldProblem(field + ".personId", "is invited twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are invalid.", problems);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assessment_round (person_id, title, framework_version_id, competency_codes, opened_by,
                                              opened_at, due_on, version)
                VALUES (:person, :title, :framework, :codes, :by, :at, :due, 0)""")
                .param("person", personId).param("title", command.title().trim()).param("framework", current.id())
                .param("codes", String.join(",", codes)).param("by", viewer.personId()).param("at", now())
                .param("due", command.dueOn()).update(keys, "id");
        long id = keys.getKey().longValue();
        invites.forEach((rater, relation) -> jdbc.sql("""
                INSERT INTO assessment_round_rater (round_id, rater_id, relation) VALUES (:round, :rater, :relation)""")
                .param("round", id).param("rater", rater).param("relation", relation.name()).update());
        auditLog.record(ENTITY, id, "OPENED", Map.of(), Map.of("person", person.fullName(), "title", command.title(),
                "raters", invites.size(), "competencies", codes.size()));
        return get(viewer, id);
    }

    public RoundView get(CurrentUser viewer, long roundId) {
        var round = header(roundId);
        boolean manages = access.managesRounds(viewer, round.personId());
        var raters = raters(roundId);
        var you = raters.stream().filter(r -> r.personId() == viewer.personId()).findFirst().orElse(null);
        if (!manages && you == null) {
            throw new NotFoundException(ENTITY, roundId);
        }
        var shown = manages ? raters : List.<RoundView.Rater>of();
        Framework version = frameworks.load(round.frameworkVersionId());
        var competencies = round.codes().stream().map(code -> version.competency(code).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        return new RoundView(roundId, round.personId(), round.personName(), round.title(), round.dueOn(),
                round.openedAt(), round.openedByName(), round.closedAt(), competencies, raters.size(),
                (int) raters.stream().filter(RoundView.Rater::answered).count(), shown, you, round.version());
    }

    /** The rounds of a person the viewer may see: all for their lead; for the person, the rounds they are in. */
    public List<RoundView> forPerson(CurrentUser viewer, long personId) {
        access.visible(viewer, personId);
        return jdbc.sql("SELECT id FROM assessment_round WHERE person_id = :person ORDER BY opened_at DESC")
                .param("person", personId).query(Long.class).list().stream()
                .map(id -> find(viewer, id)).flatMap(java.util.Optional::stream).toList();
    }

    /** Open rounds where the viewer still owes an answer. */
    public List<RoundView> invitations(CurrentUser viewer) {
        return jdbc.sql("""
                SELECT r.id FROM assessment_round r JOIN assessment_round_rater x ON x.round_id = r.id
                 WHERE x.rater_id = :me AND x.submitted_at IS NULL AND r.closed_at IS NULL ORDER BY r.due_on""")
                .param("me", viewer.personId()).query(Long.class).list().stream().map(id -> get(viewer, id)).toList();
    }

    @Transactional
    public RoundView answer(CurrentUser viewer, long roundId, List<RoundAnswer> answers) {
        var round = get(viewer, roundId);
        if (round.you() == null) {
            throw new ForbiddenException("You are not invited to rate in this round.");
        }
        if (!round.open()) {
            throw new ConflictException("This round is closed.");
        }
        if (round.you().answered()) {
            throw new ConflictException("You have already answered this round.");
        }
        var problems = new ArrayList<FieldProblem>();
        var seen = new HashSet<String>();
        for (int i = 0; i < answers.size(); i++) {
            String code = answers.get(i).competencyCode();
            if (round.competencies().stream().noneMatch(c -> c.code().equals(code))) {
                problems.add(new FieldProblem("answers[" + i + "].competencyCode", code + " is not rated in this round"));
            } else if (!seen.add(code)) {
                problems.add(new FieldProblem("answers[" + i + "].competencyCode", code + " is answered twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some answers are invalid.", problems);
        }
        OffsetDateTime at = now();
        for (RoundAnswer answer : answers) {
            if (answer.level() == null) {
                continue;
            }
            var competency = round.competencies().stream().filter(c -> c.code().equals(answer.competencyCode()))
                    .findFirst().orElseThrow();
            assessments.insert(round.personId(), competency, viewer.personId(), round.you().relation(), answer.level(),
                    answer.comment(), List.of(), roundId, at);
        }
        int marked = jdbc.sql("""
                UPDATE assessment_round_rater SET submitted_at = :at
                 WHERE round_id = :round AND rater_id = :me AND submitted_at IS NULL""")
                .param("at", at).param("round", roundId).param("me", viewer.personId()).update();
        if (marked == 0) {
            throw new ConflictException("You have already answered this round.");
        }
        return get(viewer, roundId);
    }

    @Transactional
    public RoundView close(CurrentUser viewer, long roundId, long version) {
        var round = get(viewer, roundId);
        if (!access.managesRounds(viewer, round.personId())) {
            throw new ForbiddenException("Only the person's lead or an admin closes a 360 round.");
        }
        int closed = jdbc.sql("""
                UPDATE assessment_round SET closed_at = :at, version = version + 1
                 WHERE id = :id AND version = :version AND closed_at IS NULL""")
                .param("at", now()).param("id", roundId).param("version", version).update();
        if (closed == 0) {
            throw round.open() ? ConflictException.staleVersion(ENTITY, roundId) : new ConflictException("This round is already closed.");
        }
        round.competencies().forEach(c -> proficiencies.rederive(round.personId(), c.code()));
        auditLog.record(ENTITY, roundId, "CLOSED", Map.of(), Map.of("answered", round.answered() + " of " + round.invited()));
        return get(viewer, roundId);
    }

    /** The aggregated answers, once the round is closed, for the person and for those who manage the round. */
    public RoundResult result(CurrentUser viewer, long roundId) {
        var round = get(viewer, roundId);
        if (round.personId() != viewer.personId() && !access.managesRounds(viewer, round.personId())) {
            throw new ForbiddenException("Only the person and their lead see a round's result.");
        }
        if (round.open()) {
            throw new ConflictException("The result is shown once the round is closed.");
        }
        int peers = jdbc.sql("""
                SELECT COUNT(*) FROM assessment_round_rater
                 WHERE round_id = :round AND relation = 'PEER' AND submitted_at IS NOT NULL""")
                .param("round", roundId).query(Integer.class).single();
        return RoundResults.aggregate(roundId, round.personName(), round.title(), round.competencies(),
                assessments.ofRound(roundId), peers);
    }

    private java.util.Optional<RoundView> find(CurrentUser viewer, long id) {
        try {
            return java.util.Optional.of(get(viewer, id));
        } catch (NotFoundException invisible) {
            return java.util.Optional.empty();
        }
    }

    private record Header(long personId, String personName, String title, long frameworkVersionId, List<String> codes,
            String openedByName, Instant openedAt, LocalDate dueOn, Instant closedAt, long version) {
    }

    private Header header(long roundId) {
        return jdbc.sql("""
                SELECT r.*, p.full_name AS person_name, o.full_name AS opened_by_name FROM assessment_round r
                  JOIN person p ON p.id = r.person_id JOIN person o ON o.id = r.opened_by WHERE r.id = :id""")
                .param("id", roundId)
                .query((rs, n) -> {
                    var closed = rs.getObject("closed_at", OffsetDateTime.class);
                    return new Header(rs.getLong("person_id"), rs.getString("person_name"), rs.getString("title"),
                            rs.getLong("framework_version_id"), Arrays.asList(rs.getString("competency_codes").split(",")),
                            rs.getString("opened_by_name"), rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("due_on", LocalDate.class), closed == null ? null : closed.toInstant(),
                            rs.getLong("version"));
                })
                .optional().orElseThrow(() -> new NotFoundException(ENTITY, roundId));
    }

    private List<RoundView.Rater> raters(long roundId) {
        return jdbc.sql("""
                SELECT x.rater_id, p.full_name, x.relation, x.submitted_at FROM assessment_round_rater x
                  JOIN person p ON p.id = x.rater_id WHERE x.round_id = :round ORDER BY x.relation, p.full_name""")
                .param("round", roundId)
                .query((rs, n) -> new RoundView.Rater(rs.getLong(1), rs.getString(2), RaterRole.valueOf(rs.getString(3)),
                        rs.getObject(4) != null))
                .list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
