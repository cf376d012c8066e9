package com.pmocareer.mentoring;

import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.competency.GapAnalysis;
import com.pmocareer.mentoring.MentoringViews.MentorProfileCommand;
import com.pmocareer.mentoring.MentoringViews.MentorProfileView;
import com.pmocareer.mentoring.MentoringViews.PreferenceCommand;
import com.pmocareer.mentoring.MentoringViews.PreferenceView;
import com.pmocareer.mentoring.MentoringViews.Strength;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.Role;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentor profiles (strengths, capacity, availability, languages, time zone, team preference) and the juniors' own
 * preferences for matching. Strengths start as the mentor's assessed levels of 4 and 5 and may be edited.
 */
@Service
@Transactional(readOnly = true)
public class MentorProfiles {

    static final int STRONG = 4;
    static final int DEFAULT_CAPACITY = 2;
    static final int MAX_CAPACITY = 10;
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final JdbcClient jdbc;
    private final PersonDirectory directory;
    private final PersonAccess access;
    private final CurrentMentorships relations;
    private final GapAnalysis gaps;
    private final CompetencyFramework framework;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ZoneId defaultZone;

    MentorProfiles(JdbcClient jdbc, PersonDirectory directory, PersonAccess access, CurrentMentorships relations,
            GapAnalysis gaps, CompetencyFramework framework, AuditLog auditLog, Clock clock,
            @Value("${pmo.mentoring.default-time-zone:Europe/Berlin}") String defaultZone) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.relations = relations;
        this.gaps = gaps;
        this.framework = framework;
        this.auditLog = auditLog;
        this.clock = clock;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    /** Anyone signed in may read a mentor's profile: it is how juniors and leads find mentors. */
    public MentorProfileView profile(long personId) {
        PersonView mentor = directory.findForSystem(personId).filter(p -> p.roles().contains(Role.MENTOR))
                .orElseThrow(() -> new NotFoundException("Mentor", personId));
        int mentees = relations.currentMenteesOf(personId).size();
        return jdbc.sql("SELECT * FROM mentor_profile WHERE person_id = :id").param("id", personId)
                .query((rs, n) -> {
                    boolean edited = rs.getBoolean("strengths_edited");
                    return new MentorProfileView(personId, mentor.fullName(), rs.getInt("capacity"), mentees,
                            rs.getString("availability"), split(rs.getString("languages")), rs.getString("time_zone"),
                            rs.getString("location"), rs.getBoolean("cross_team_welcome"), rs.getString("topics"),
                            edited ? editedStrengths(personId) : assessedStrengths(personId), !edited, rs.getLong("version"));
                })
                .optional()
                .orElseGet(() -> new MentorProfileView(personId, mentor.fullName(), DEFAULT_CAPACITY, mentees, null,
                        List.of("en"), defaultZone.getId(), null, true, null, assessedStrengths(personId), true, 0));
    }

    public List<MentorProfileView> allMentors() {
        return directory.idsWithRoleForSystem(Role.MENTOR).stream().map(this::profile)
                .sorted(java.util.Comparator.comparing(MentorProfileView::name)).toList();
    }

    @Transactional
    public MentorProfileView save(CurrentUser user, long personId, MentorProfileCommand command) {
        MentorProfileView before = profile(personId);
        if (user.personId() != personId && !user.isAdmin()) {
            throw new ForbiddenException("A mentor edits their own profile; an admin may help.");
        }
        var problems = new ArrayList<FieldProblem>();
        if (command.capacity() == null || command.capacity() < 0 || command.capacity() > MAX_CAPACITY) {
            problems.add(new FieldProblem("capacity", "must be from 0 to " + MAX_CAPACITY + " mentees"));
        }
        List<String> languages = languages(command.languages(), problems);
        String zone = zone(command.timeZone(), problems);
        FieldChecks.limitText(problems, "availability", command.availability(), 200);
        FieldChecks.limitText(problems, "location", command.location(), 100);
        FieldChecks.limitText(problems, "topics", command.topics(), 500);
        List<String> strengths = null;
        if (command.strengths() != null) {
            strengths = command.strengths().stream().filter(code -> code != null && !code.isBlank())
                    .map(code -> code.trim().toUpperCase(Locale.ROOT)).distinct().toList();
            for (String code : strengths) {
                if (framework.current().competency(code).isEmpty()) {
                    problems.add(new FieldProblem("strengths", code + " is not a competency of the framework"));
                }
            }
        }
        if (command.version() != null && command.version() != before.version()) {
            throw new ConflictException("Someone changed this profile since you opened it; reload and try again.");
        }
        FieldChecks.refuseIfAny("The mentor profile was not saved", problems);
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM mentor_profile WHERE person_id = :id").param("id", personId)
                .query(Long.class).single() > 0;
        var statement = jdbc.sql(exists ? """
                UPDATE mentor_profile SET capacity = :capacity, availability = :availability, languages = :languages,
                       time_zone = :zone, location = :location, cross_team_welcome = :crossTeam, topics = :topics,
                       strengths_edited = :edited, updated_at = :now, version = version + 1 WHERE person_id = :id"""
                : """
                INSERT INTO mentor_profile (person_id, capacity, availability, languages, time_zone, location,
                       cross_team_welcome, topics, strengths_edited, updated_at, version)
                VALUES (:id, :capacity, :availability, :languages, :zone, :location, :crossTeam, :topics, :edited, :now, 0)""");
        boolean edited = strengths != null || !before.strengthsFromProfile();
        statement.param("id", personId).param("capacity", command.capacity())
                .param("availability", FieldChecks.blankToNull(command.availability()))
                .param("languages", String.join(",", languages)).param("zone", zone)
                .param("location", FieldChecks.blankToNull(command.location()))
                .param("crossTeam", command.crossTeamWelcome() == null || command.crossTeamWelcome())
                .param("topics", FieldChecks.blankToNull(command.topics())).param("edited", edited)
                .param("now", OffsetDateTime.now(clock)).update();
        if (strengths != null) {
            jdbc.sql("DELETE FROM mentor_strength WHERE person_id = :id").param("id", personId).update();
            for (String code : strengths) {
                jdbc.sql("INSERT INTO mentor_strength (person_id, competency_code) VALUES (:id, :code)")
                        .param("id", personId).param("code", code).update();
            }
        }
        MentorProfileView after = profile(personId);
        auditLog.record("MentorProfile", personId, "SAVED", Map.of("capacity", before.capacity()),
                Map.of("capacity", after.capacity(), "strengths", after.strengths().stream().map(Strength::code).toList()));
        return after;
    }

    public PreferenceView preferences(CurrentUser user, long personId) {
        access.visible(user, personId);
        return preferences(personId);
    }

    PreferenceView preferences(long personId) {
        return jdbc.sql("SELECT languages, time_zone, topics FROM mentee_preference WHERE person_id = :id")
                .param("id", personId)
                .query((rs, n) -> new PreferenceView(personId, split(rs.getString(1)), rs.getString(2), rs.getString(3), true))
                .optional().orElseGet(() -> new PreferenceView(personId, List.of("en"), defaultZone.getId(), null, false));
    }

    @Transactional
    public PreferenceView savePreferences(CurrentUser user, long personId, PreferenceCommand command) {
        access.requireSelfOrManager(user, personId, "People set their own mentoring preferences; their lead may help.");
        var problems = new ArrayList<FieldProblem>();
        List<String> languages = languages(command.languages(), problems);
        String zone = zone(command.timeZone(), problems);
        FieldChecks.limitText(problems, "topics", command.topics(), 500);
        FieldChecks.refuseIfAny("The preferences were not saved", problems);
        jdbc.sql("DELETE FROM mentee_preference WHERE person_id = :id").param("id", personId).update();
        jdbc.sql("""
                INSERT INTO mentee_preference (person_id, languages, time_zone, topics, updated_at)
                VALUES (:id, :languages, :zone, :topics, :now)""")
                .param("id", personId).param("languages", String.join(",", languages)).param("zone", zone)
                .param("topics", FieldChecks.blankToNull(command.topics())).param("now", OffsetDateTime.now(clock)).update();
        return preferences(personId);
    }

    private List<Strength> assessedStrengths(long personId) {
        return gaps.levelsAtLeast(personId, STRONG).entrySet().stream()
                .map(e -> new Strength(e.getKey(), name(e.getKey()), e.getValue())).toList();
    }

    private List<Strength> editedStrengths(long personId) {
        Map<String, Integer> levels = gaps.levelsAtLeast(personId, 1);
        return jdbc.sql("SELECT competency_code FROM mentor_strength WHERE person_id = :id ORDER BY competency_code")
                .param("id", personId).query(String.class).list().stream()
                .filter(code -> framework.current().competency(code).isPresent())
                .map(code -> new Strength(code, name(code), levels.get(code))).toList();
    }

    private String name(String code) {
        return framework.current().competency(code).map(c -> c.name()).orElse(code);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::trim).toList();
    }

    private static List<String> languages(List<String> given, List<FieldProblem> problems) {
        var languages = new LinkedHashSet<String>();
        for (String language : given == null ? List.<String>of() : given) {
            if (language == null || language.isBlank()) {
                continue;
            }
            String code = language.trim().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                problems.add(new FieldProblem("languages", "'" + language.trim() + "' is not a language code such as en or de"));
            }
            languages.add(code);
        }
        if (languages.isEmpty()) {
            problems.add(new FieldProblem("languages", "name at least one language, such as en"));
        } else if (languages.size() > 6) {
            problems.add(new FieldProblem("languages", "must be at most 6"));
        }
        return List.copyOf(languages);
    }

    private static String zone(String timeZone, List<FieldProblem> problems) {
        try {
            return ZoneId.of(timeZone == null ? "" : timeZone.trim()).getId();
        } catch (DateTimeException invalid) {
            problems.add(new FieldProblem("timeZone", "must be a time zone such as Europe/Berlin"));
            return null;
        }
    }

    Optional<ZoneId> zoneOf(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    ZoneId defaultZone() {
        return defaultZone;
    }

}
