package com.pmocareer.experience;

import com.pmocareer.experience.LeadingMonths.Stretch;
import com.pmocareer.learning.ProjectTagAudience;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.KeptByRevision;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person's assignments add up to: months leading projects (co-PM and PM, overlaps once) for PMP eligibility
 * and the career ladder, and who works on projects with a compliance tag for mandatory training. Who led which project
 * when is kept per instance behind {@code leadership_revision}: a readiness list of thousands asks for it at once.
 */
@Service
@Transactional(readOnly = true)
public class ProjectExperience implements ProjectTagAudience {

    /** One co-PM or PM assignment; {@code to} is null while it runs. */
    record LeadingRange(long projectId, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final Clock clock;
    private final KeptByRevision<Map<Long, List<LeadingRange>>> leading;

    ProjectExperience(JdbcClient jdbc, PersonAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.leading = new KeptByRevision<>(jdbc, "leadership_revision", Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    /** Called in every transaction that writes assignments. */
    void assignmentsChanged() {
        leading.changed();
    }

    private Map<Long, List<LeadingRange>> leadingRanges() {
        return leading.get(() -> {
            Map<Long, List<LeadingRange>> ranges = new HashMap<>();
            jdbc.sql("""
                    SELECT person_id, project_id, starts_on, ends_on FROM project_assignment
                     WHERE assignment_role IN (:leading)""")
                    .param("leading", leadingRoles())
                    .query(rs -> {
                        ranges.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(new LeadingRange(
                                rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                    });
            return Map.copyOf(ranges);
        });
    }

    public LeadingMonths.Result monthsLeading(CurrentUser viewer, long personId) {
        access.visible(viewer, personId);
        return monthsLeading(personId, LocalDate.of(1900, 1, 1), today());
    }

    /** Months leading projects within the window, both ends included; later days do not count yet. */
    public LeadingMonths.Result monthsLeading(long personId, LocalDate windowStart, LocalDate windowEnd) {
        return monthsLeading(List.of(personId), windowStart, windowEnd).get(personId);
    }

    public Map<Long, LeadingMonths.Result> monthsLeading(Collection<Long> personIds, LocalDate windowStart, LocalDate windowEnd) {
        LocalDate today = today();
        return leadingWithin(personIds, windowStart, windowEnd.isAfter(today) ? today : windowEnd);
    }

    /**
     * Months leading projects within a window that may reach into the future, as if the assignments go on as planned:
     * running ones to the window's end, the others to their planned end. For "eligible at the current pace" dates.
     */
    public LeadingMonths.Result monthsLeadingAsPlanned(long personId, LocalDate windowStart, LocalDate windowEnd) {
        return leadingWithin(List.of(personId), windowStart, windowEnd).get(personId);
    }

    private Map<Long, LeadingMonths.Result> leadingWithin(Collection<Long> personIds, LocalDate windowStart, LocalDate end) {
        Map<Long, List<LeadingRange>> all = leadingRanges();
        Map<Long, LeadingMonths.Result> results = new HashMap<>();
        for (long personId : personIds) {
            List<Stretch> stretches = all.getOrDefault(personId, List.of()).stream()
                    .filter(range -> !range.from().isAfter(end))
                    .map(range -> new Stretch(range.from(), range.to() == null || range.to().isAfter(end) ? end : range.to()))
                    .toList();
            results.put(personId, LeadingMonths.within(stretches, windowStart, end));
        }
        return results;
    }

    /** Projects led as co-PM or PM, counted once each. */
    public Map<Long, Integer> projectsLed(Collection<Long> personIds) {
        LocalDate today = today();
        Map<Long, List<LeadingRange>> all = leadingRanges();
        Map<Long, Integer> led = new HashMap<>();
        for (long personId : personIds) {
            long count = all.getOrDefault(personId, List.of()).stream().filter(range -> !range.from().isAfter(today))
                    .map(LeadingRange::projectId).distinct().count();
            if (count > 0) {
                led.put(personId, (int) count);
            }
        }
        return led;
    }

    @Override
    public Set<Long> peopleOnProjectsTagged(String tag, LocalDate on) {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT a.person_id FROM project_assignment a JOIN project_tag t ON t.project_id = a.project_id
                 WHERE t.tag = :tag AND a.starts_on <= :on AND (a.ends_on IS NULL OR a.ends_on >= :on)""")
                .param("tag", tag.trim().toUpperCase(Locale.ROOT)).param("on", on).query(Long.class).list());
    }

    private static List<String> leadingRoles() {
        return java.util.Arrays.stream(AssignmentRole.values()).filter(AssignmentRole::leading).map(Enum::name).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
