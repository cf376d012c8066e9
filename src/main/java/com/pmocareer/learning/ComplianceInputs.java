package com.pmocareer.learning;

import com.pmocareer.platform.KeptByRevision;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every person's compliance standing is computed from — the latest completion of each required course, the
 * exemptions, everyone's start date, level and unit — kept per instance, so that a matrix of thousands of people reads
 * no table. A completion of a required course, an exemption or a requirement change bumps the revision; the people's
 * facts, which the people module owns, are at most a minute old (a person added since is read at once).
 */
@Component
class ComplianceInputs {

    record Exemption(String reason, LocalDate until) {
    }

    /** A person as the rules need them. */
    record Person(long id, String fullName, long orgUnitId, String careerLevel, LocalDate startDate) {
    }

    record Inputs(Set<Long> requiredCourses, Map<Long, Map<Long, LocalDate>> completions, Map<String, Exemption> exemptions,
            Map<Long, Person> people) {

        LocalDate lastCompleted(long personId, long courseId) {
            return completions.getOrDefault(personId, Map.of()).get(courseId);
        }

        Exemption exemption(long requirementId, long personId) {
            return exemptions.get(requirementId + ":" + personId);
        }
    }

    private final JdbcClient jdbc;
    private final KeptByRevision<Inputs> kept;
    /** The courses some requirement names, known apart from the rest so that recording a completion never reloads it. */
    private volatile Set<Long> requiredCourses;

    ComplianceInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.kept = new KeptByRevision<>(jdbc, "compliance_revision", Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    Inputs current() {
        return kept.get(this::read);
    }

    /** Called in a transaction that completes a course: only a required course changes anyone's standing. */
    void completed(long courseId) {
        Set<Long> required = requiredCourses;
        if (required == null) {
            required = readRequiredCourses();
        }
        if (required.contains(courseId)) {
            kept.changed();
        }
    }

    void changed() {
        requiredCourses = null;
        kept.changed();
    }

    private Set<Long> readRequiredCourses() {
        Set<Long> required = Set.copyOf(jdbc.sql("SELECT DISTINCT course_id FROM compliance_requirement_course")
                .query(Long.class).list());
        requiredCourses = required;
        return required;
    }

    private Inputs read() {
        Set<Long> required = readRequiredCourses();
        Map<Long, Map<Long, LocalDate>> completions = new HashMap<>();
        jdbc.sql("""
                SELECT person_id, course_id, last_on FROM course_completion
                 WHERE course_id IN (SELECT course_id FROM compliance_requirement_course)""").query(rs -> {
                    completions.computeIfAbsent(rs.getLong(1), key -> new HashMap<>(8))
                            .put(rs.getLong(2), rs.getObject(3, LocalDate.class));
                });
        Map<String, Exemption> exemptions = new HashMap<>();
        jdbc.sql("SELECT requirement_id, person_id, reason, until_on FROM compliance_exemption").query(rs -> {
            exemptions.put(rs.getLong(1) + ":" + rs.getLong(2), new Exemption(rs.getString(3), rs.getObject(4, LocalDate.class)));
        });
        Map<Long, Person> people = new HashMap<>();
        jdbc.sql("SELECT id, full_name, org_unit_id, career_level, start_date FROM person WHERE erased_at IS NULL").query(rs -> {
            people.put(rs.getLong(1), new Person(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class)));
        });
        return new Inputs(required, completions, exemptions, people);
    }
}
