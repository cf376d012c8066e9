package com.pmocareer.mentoring;

import com.pmocareer.competency.CompetencyGap;
import com.pmocareer.competency.GapAnalysis;
import com.pmocareer.mentoring.MentoringViews.MentorProfileView;
import com.pmocareer.mentoring.MentoringViews.MentorRoom;
import com.pmocareer.mentoring.MentoringViews.Pair;
import com.pmocareer.mentoring.MentoringViews.ProposalStatus;
import com.pmocareer.mentoring.MentoringViews.ProposalView;
import com.pmocareer.mentoring.MentoringViews.Strength;
import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonSummary;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching proposals: for the juniors a lead sees who have no current mentor, the optimal pairing with the mentors
 * who have room (see {@link MatchingSolver}); the lead moves, swaps or removes pairs — every change re-checked against
 * the hard rules — and publishes, which starts the mentorships and tells both sides.
 */
@Service
@Transactional(readOnly = true)
public class MatchingProposals {

    static final int GAPS_CONSIDERED = 5;
    private static final String ENTITY = "MatchingProposal";
    private static final String REASON_SEPARATOR = "\n";

    private final JdbcClient jdbc;
    private final PersonDirectory directory;
    private final CurrentMentorships relations;
    private final MentorProfiles profiles;
    private final GapAnalysis gaps;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    MatchingProposals(JdbcClient jdbc, PersonDirectory directory, CurrentMentorships relations, MentorProfiles profiles,
            GapAnalysis gaps, Notifications notifications, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.relations = relations;
        this.profiles = profiles;
        this.gaps = gaps;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public MatchWeights weights() {
        return jdbc.sql("SELECT gap_coverage, language, time_zone, cross_team FROM matching_weights WHERE id = 1")
                .query((rs, n) -> new MatchWeights(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    @Transactional
    public MatchWeights saveWeights(CurrentUser user, MatchWeights weights) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an admin sets the matching weights.");
        }
        var problems = new ArrayList<FieldProblem>();
        Map<String, Integer> parts = new LinkedHashMap<>();
        parts.put("gapCoverage", weights.gapCoverage());
        parts.put("language", weights.language());
        parts.put("timeZone", weights.timeZone());
        parts.put("crossTeam", weights.crossTeam());
        parts.forEach((field, value) -> {
            if (value < 0 || value > 100) {
                problems.add(new FieldProblem(field, "must be from 0 to 100"));
            }
        });
        if (problems.isEmpty() && weights.total() == 0) {
            problems.add(new FieldProblem("gapCoverage", "at least one weight must be above 0"));
        }
        com.pmocareer.shared.FieldChecks.refuseIfAny("The weights were not saved", problems);
        MatchWeights before = weights();
        jdbc.sql("""
                UPDATE matching_weights SET gap_coverage = :gap, language = :language, time_zone = :zone,
                       cross_team = :team, updated_by = :by, updated_at = :now WHERE id = 1""")
                .param("gap", weights.gapCoverage()).param("language", weights.language())
                .param("zone", weights.timeZone()).param("team", weights.crossTeam()).param("by", user.personId())
                .param("now", OffsetDateTime.now(clock)).update();
        auditLog.record("MatchingWeights", 1, "SAVED", Map.of("weights", before.toString()), Map.of("weights", weights.toString()));
        return weights();
    }

    /** Computes and stores a draft proposal for the unmatched juniors the lead sees. */
    @Transactional
    public ProposalView propose(CurrentUser user) {
        requireLeadOrAdmin(user);
        List<PersonView> juniors = unmatchedJuniors(user);
        List<MentorProfileView> mentors = profiles.allMentors();
        Problem problem = problem(juniors, mentors);
        var optimal = MatchingSolver.optimal(problem.score(), problem.capacity());
        var greedy = MatchingSolver.greedy(problem.score(), problem.capacity());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO matching_proposal (created_by, created_at, status, juniors_considered, mentors_considered,
                       greedy_score, version)
                VALUES (:by, :now, 'DRAFT', :juniors, :mentors, :greedy, 0)""")
                .param("by", user.personId()).param("now", OffsetDateTime.now(clock)).param("juniors", juniors.size())
                .param("mentors", mentors.size()).param("greedy", greedy.totalScore()).update(keys, "id");
        long id = keys.getKey().longValue();
        for (int a = 0; a < juniors.size(); a++) {
            int j = optimal.mentorOf()[a];
            savePair(id, juniors.get(a).id(), j == MatchingSolver.NONE ? null : mentors.get(j).personId(),
                    j == MatchingSolver.NONE ? null : problem.score()[a][j],
                    j == MatchingSolver.NONE ? List.of(noMentorReason(problem, a)) : problem.scoring().reasons(a, j));
        }
        auditLog.record(ENTITY, id, "PROPOSED", Map.of(), Map.of("juniors", juniors.size(), "matched", optimal.matched(),
                "totalScore", optimal.totalScore(), "greedyScore", greedy.totalScore()));
        return get(user, id);
    }

    public ProposalView get(CurrentUser user, long id) {
        requireLeadOrAdmin(user);
        ProposalView proposal = jdbc.sql("""
                SELECT p.*, c.full_name AS created_by_name FROM matching_proposal p JOIN person c ON c.id = p.created_by
                 WHERE p.id = :id""").param("id", id).query(this::proposal).optional()
                .orElseThrow(() -> new NotFoundException("Matching proposal", id));
        boolean allVisible = proposal.pairs().stream().allMatch(pair -> directory.canSee(user, pair.menteeId()));
        if (!allVisible) {
            throw new NotFoundException("Matching proposal", id);
        }
        return proposal;
    }

    public List<ProposalView> recent(CurrentUser user) {
        requireLeadOrAdmin(user);
        return jdbc.sql("SELECT id FROM matching_proposal ORDER BY created_at DESC, id DESC FETCH FIRST 20 ROWS ONLY")
                .query(Long.class).list().stream()
                .map(id -> {
                    try {
                        return get(user, id);
                    } catch (NotFoundException notTheirs) {
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Gives a junior of a draft another mentor, or none; the mentor must have room and may not be the line manager. */
    @Transactional
    public ProposalView assign(CurrentUser user, long id, long menteeId, Long mentorId) {
        ProposalView proposal = draft(user, id);
        Pair pair = proposal.pairs().stream().filter(p -> p.menteeId() == menteeId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("menteeId", "is not a junior of this proposal"));
        if (mentorId == null) {
            savePair(id, menteeId, null, null, List.of("removed by " + user.displayName()));
        } else {
            MentorProfileView mentor = mentorWithRoom(proposal, mentorId, pair.mentorId());
            rescore(id, directory.findForSystem(menteeId).orElseThrow(), mentor);
        }
        touch(id, "CHANGED", Map.of("mentee", menteeId, "mentor", mentorId == null ? "none" : mentorId));
        return get(user, id);
    }

    /** Two juniors of a draft exchange mentors. */
    @Transactional
    public ProposalView swap(CurrentUser user, long id, long menteeId, long otherMenteeId) {
        ProposalView proposal = draft(user, id);
        Pair first = pairOf(proposal, menteeId, "menteeId");
        Pair second = pairOf(proposal, otherMenteeId, "otherMenteeId");
        if (menteeId == otherMenteeId) {
            throw InvalidInputException.of("otherMenteeId", "must be another junior");
        }
        PersonView firstMentee = directory.findForSystem(menteeId).orElseThrow();
        PersonView secondMentee = directory.findForSystem(otherMenteeId).orElseThrow();
        requireAllowed(firstMentee, second.mentorId(), "menteeId");
        requireAllowed(secondMentee, first.mentorId(), "otherMenteeId");
        if (second.mentorId() == null) {
            savePair(id, menteeId, null, null, List.of("swapped away by " + user.displayName()));
        } else {
            rescore(id, firstMentee, profiles.profile(second.mentorId()));
        }
        if (first.mentorId() == null) {
            savePair(id, otherMenteeId, null, null, List.of("swapped away by " + user.displayName()));
        } else {
            rescore(id, secondMentee, profiles.profile(first.mentorId()));
        }
        touch(id, "SWAPPED", Map.of("mentee", menteeId, "otherMentee", otherMenteeId));
        return get(user, id);
    }

    /** Starts the proposed mentorships, tells juniors and mentors, and retires older drafts. */
    @Transactional
    public ProposalView publish(CurrentUser user, long id) {
        ProposalView proposal = draft(user, id);
        LocalDate today = LocalDate.now(clock);
        for (Pair pair : proposal.pairs()) {
            if (pair.mentorId() == null || !relations.currentMentorsOf(pair.menteeId()).isEmpty()) {
                continue;
            }
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO mentorship (mentor_id, mentee_id, started_on, created_by, proposal_id, version)
                    VALUES (:mentor, :mentee, :today, :by, :proposal, 0)""")
                    .param("mentor", pair.mentorId()).param("mentee", pair.menteeId()).param("today", today)
                    .param("by", user.personId()).param("proposal", id).update(keys, "id");
            long mentorshipId = keys.getKey().longValue();
            String why = String.join("; ", pair.reasons());
            notifications.send(new NewNotification(pair.menteeId(), NotificationKind.MENTOR_MATCHED,
                    pair.mentorName() + " is your mentor", "Matched because: " + why + ". Agree goals and a cadence together.",
                    "/mentorships/" + mentorshipId, "matched-" + mentorshipId + "-mentee"));
            notifications.send(new NewNotification(pair.mentorId(), NotificationKind.MENTOR_MATCHED,
                    "You now mentor " + pair.menteeName(), "Matched because: " + why + ".",
                    "/mentorships/" + mentorshipId, "matched-" + mentorshipId + "-mentor"));
        }
        jdbc.sql("UPDATE matching_proposal SET status = 'SUPERSEDED', version = version + 1 WHERE status = 'DRAFT' AND id <> :id")
                .param("id", id).update();
        jdbc.sql("UPDATE matching_proposal SET status = 'PUBLISHED', published_at = :now, version = version + 1 WHERE id = :id")
                .param("now", OffsetDateTime.now(clock)).param("id", id).update();
        auditLog.record(ENTITY, id, "PUBLISHED", Map.of("status", "DRAFT"), Map.of("status", "PUBLISHED"));
        return get(user, id);
    }

    record Problem(List<PersonView> juniors, List<MentorProfileView> mentors, MatchScoring scoring, int[][] score,
            int[] capacity) {
    }

    private Problem problem(List<PersonView> juniors, List<MentorProfileView> mentors) {
        Map<Long, List<CompetencyGap>> largest = gaps.largestGaps(juniors.stream().map(PersonView::summary).toList(),
                GAPS_CONSIDERED);
        List<MatchScoring.Mentee> mentees = juniors.stream().map(junior -> {
            var preference = profiles.preferences(junior.id());
            return new MatchScoring.Mentee(junior.id(), junior.fullName(), junior.orgUnitId(), junior.lineManagerId(),
                    largest.getOrDefault(junior.id(), List.of()).stream()
                            .map(g -> new MatchScoring.Gap(g.code(), g.name(), g.gap())).toList(),
                    Set.copyOf(preference.languages()), profiles.zoneOf(preference.timeZone()).orElse(profiles.defaultZone()));
        }).toList();
        List<MatchScoring.Mentor> scoredMentors = mentors.stream().map(this::mentorInput).toList();
        var scoring = new MatchScoring(mentees, scoredMentors, weights(), Instant.now(clock));
        return new Problem(juniors, mentors, scoring, scoring.matrix(), scoring.capacities());
    }

    private MatchScoring.Mentor mentorInput(MentorProfileView m) {
        long orgUnit = directory.findForSystem(m.personId()).map(PersonView::orgUnitId).orElse(-1L);
        return new MatchScoring.Mentor(m.personId(), m.name(), orgUnit,
                m.strengths().stream().map(Strength::code).collect(Collectors.toSet()), m.room(),
                Set.copyOf(m.languages()), profiles.zoneOf(m.timeZone()).orElse(profiles.defaultZone()), m.crossTeamWelcome());
    }

    private static String noMentorReason(Problem problem, int junior) {
        boolean anyAllowed = false;
        for (int s : problem.score()[junior]) {
            anyAllowed |= s >= 0;
        }
        return anyAllowed ? "every mentor who could take this junior is full" : "no mentor has room";
    }

    /** Re-scores a pair after a lead's change, with the reasons for the new mentor. */
    private void rescore(long proposalId, PersonView mentee, MentorProfileView mentor) {
        var problem = problem(List.of(mentee), List.of(withRoomForOne(mentor)));
        int score = problem.score()[0][0];
        savePair(proposalId, mentee.id(), mentor.personId(), Math.max(0, score), problem.scoring().reasons(0, 0));
    }

    private static MentorProfileView withRoomForOne(MentorProfileView m) {
        return new MentorProfileView(m.personId(), m.name(), m.currentMentees() + 1, m.currentMentees(), m.availability(),
                m.languages(), m.timeZone(), m.location(), m.crossTeamWelcome(), m.topics(), m.strengths(),
                m.strengthsFromProfile(), m.version());
    }

    private MentorProfileView mentorWithRoom(ProposalView proposal, long mentorId, Long currentMentorOfJunior) {
        MentorProfileView mentor;
        try {
            mentor = profiles.profile(mentorId);
        } catch (NotFoundException notAMentor) {
            throw InvalidInputException.of("mentorId", "is not a person with the MENTOR role");
        }
        long proposed = proposal.pairs().stream().filter(p -> p.mentorId() != null && p.mentorId() == mentorId).count();
        boolean alreadyThisJunior = currentMentorOfJunior != null && currentMentorOfJunior == mentorId;
        if (!alreadyThisJunior && mentor.currentMentees() + proposed >= mentor.capacity()) {
            throw new ConflictException(mentor.name() + " has no room: capacity " + mentor.capacity() + ", "
                    + mentor.currentMentees() + " current and " + proposed + " proposed mentees.");
        }
        return mentor;
    }

    private void requireAllowed(PersonView mentee, Long mentorId, String field) {
        if (mentorId != null && (mentorId == mentee.id()
                || mentee.lineManagerId() != null && mentee.lineManagerId().longValue() == mentorId)) {
            throw InvalidInputException.of(field, "would be mentored by their own line manager");
        }
    }

    private static Pair pairOf(ProposalView proposal, long menteeId, String field) {
        return proposal.pairs().stream().filter(p -> p.menteeId() == menteeId).findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "is not a junior of this proposal"));
    }

    private ProposalView draft(CurrentUser user, long id) {
        ProposalView proposal = get(user, id);
        if (proposal.status() != ProposalStatus.DRAFT) {
            throw new ConflictException("This proposal is " + proposal.status().name().toLowerCase() + "; make a new one.");
        }
        return proposal;
    }

    private void savePair(long proposalId, long menteeId, Long mentorId, Integer score, List<String> reasons) {
        jdbc.sql("DELETE FROM matching_pair WHERE proposal_id = :p AND mentee_id = :m").param("p", proposalId)
                .param("m", menteeId).update();
        String why = String.join(REASON_SEPARATOR, reasons);
        jdbc.sql("""
                INSERT INTO matching_pair (proposal_id, mentee_id, mentor_id, score, reasons)
                VALUES (:p, :mentee, :mentor, :score, :reasons)""")
                .param("p", proposalId).param("mentee", menteeId).param("mentor", mentorId).param("score", score)
                .param("reasons", why.length() > 1000 ? why.substring(0, 1000) : why).update();
    }

    private void touch(long id, String action, Map<String, Object> what) {
        jdbc.sql("UPDATE matching_proposal SET version = version + 1 WHERE id = :id").param("id", id).update();
        auditLog.record(ENTITY, id, action, Map.of(), what);
    }

    /** Juniors the viewer sees with no current mentor. */
    private List<PersonView> unmatchedJuniors(CurrentUser user) {
        Set<Long> mentored = new HashSet<>(jdbc.sql("SELECT m.mentee_id FROM mentorship m WHERE" + CurrentMentorships.CURRENT)
                .param("today", LocalDate.now(clock)).query(Long.class).list());
        return directory.summaries(user, null, Role.JUNIOR_PM).stream().map(PersonSummary::id)
                .filter(id -> !mentored.contains(id)).map(id -> directory.findForSystem(id).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    private static void requireLeadOrAdmin(CurrentUser user) {
        if (!user.isLead() && !user.isAdmin()) {
            throw new ForbiddenException("Only a PMO lead or an admin proposes and publishes mentor matches.");
        }
    }

    private ProposalView proposal(ResultSet rs, int rowNum) throws SQLException {
        long id = rs.getLong("id");
        List<Pair> pairs = jdbc.sql("""
                SELECT mp.*, mentee.full_name AS mentee_name, mentor.full_name AS mentor_name FROM matching_pair mp
                  JOIN person mentee ON mentee.id = mp.mentee_id LEFT JOIN person mentor ON mentor.id = mp.mentor_id
                 WHERE mp.proposal_id = :id ORDER BY mp.score DESC NULLS LAST, mentee.full_name""")
                .param("id", id)
                .query((r, n) -> new Pair(r.getLong("mentee_id"), r.getString("mentee_name"), r.getObject("mentor_id", Long.class),
                        r.getString("mentor_name"), r.getObject("score", Integer.class),
                        List.of(r.getString("reasons").split(REASON_SEPARATOR))))
                .list();
        Map<Long, Long> proposedPerMentor = pairs.stream().filter(p -> p.mentorId() != null)
                .collect(Collectors.groupingBy(Pair::mentorId, Collectors.counting()));
        List<MentorRoom> rooms = new ArrayList<>();
        for (MentorProfileView mentor : profiles.allMentors()) {
            rooms.add(new MentorRoom(mentor.personId(), mentor.name(), mentor.capacity(), mentor.currentMentees(),
                    proposedPerMentor.getOrDefault(mentor.personId(), 0L).intValue()));
        }
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new ProposalView(id, ProposalStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by_name"),
                published == null ? null : published.toInstant(), rs.getInt("juniors_considered"),
                rs.getInt("mentors_considered"), (int) pairs.stream().filter(p -> p.mentorId() != null).count(),
                pairs.stream().filter(p -> p.score() != null && p.mentorId() != null).mapToLong(Pair::score).sum(),
                rs.getLong("greedy_score"), weights(), pairs, rooms, rs.getLong("version"));
    }

}
