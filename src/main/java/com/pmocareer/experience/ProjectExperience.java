package com.pmocareer.experience;

import com.pmocareer.experience.LeadingMonths.Stretch;
import com.pmocareer.learning.ProjectTagAudience;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.platform.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person's assignments add up to: months leading projects (co-PM and PM, overlaps once) for PMP eligibility
 * and the career ladder, and who works on projects with a compliance tag for mandatory training.
 */
@Service
@Transactional(readOnly = true)
public class ProjectExperience implements ProjectTagAudience {

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final Clock clock;

    ProjectExperience(JdbcClient jdbc, PersonAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
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
        LocalDate end = windowEnd.isAfter(today) ? today : windowEnd;
        Map<Long, List<Stretch>> ranges = new HashMap<>();
        personIds.forEach(id -> ranges.put(id, new java.util.ArrayList<>()));
        if (!personIds.isEmpty()) {
            jdbc.sql("""
                    SELECT person_id, starts_on, ends_on FROM project_assignment
                     WHERE person_id IN (:people) AND assignment_role IN (:leading) AND starts_on <= :end""")
                    .param("people", personIds).param("leading", leadingRoles()).param("end", end)
                    .query(rs -> {
                        LocalDate from = rs.getObject(2, LocalDate.class);
                        LocalDate to = rs.getObject(3, LocalDate.class);
                        ranges.get(rs.getLong(1)).add(new Stretch(from, to == null || to.isAfter(end) ? end : to));
                    });
        }
        return ranges.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> LeadingMonths.within(e.getValue(), windowStart, end)));
    }

    /** Projects led as co-PM or PM, counted once each. */
    public Map<Long, Integer> projectsLed(Collection<Long> personIds) {
        Map<Long, Integer> led = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("""
                    SELECT person_id, COUNT(DISTINCT project_id) FROM project_assignment
                     WHERE person_id IN (:people) AND assignment_role IN (:leading) AND starts_on <= :today
                     GROUP BY person_id""")
                    .param("people", personIds).param("leading", leadingRoles()).param("today", today())
                    .query(rs -> {
                        led.put(rs.getLong(1), rs.getInt(2));
                    });
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
