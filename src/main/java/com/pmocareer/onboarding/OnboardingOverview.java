package com.pmocareer.onboarding;

import com.pmocareer.onboarding.PlanViews.PlanSummary;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonSummary;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running plans a user may see — a lead's team, a mentor's mentees, one's own — with progress and overdue
 * counts, the most overdue first.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingOverview {

    public record Totals(int plans, int withOverdue, int overdueTasks, int averageProgress) {
    }

    public record Overview(PageResponse<PlanSummary> plans, Totals totals) {
    }

    private record Row(long planId, long personId, LocalDate startDate, PlanStatus status, int total, int closed,
            int overdue, String templateName) {
    }

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final PersonDirectory directory;
    private final OrgUnits orgUnits;
    private final Clock clock;

    OnboardingOverview(JdbcClient jdbc, PersonDirectory directory, OrgUnits orgUnits, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    public Overview overview(CurrentUser viewer, Long orgUnitId, boolean includeFinished, PageRequest page) {
        Map<Long, PersonSummary> visible = directory.summaries(viewer, orgUnitId, null).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        var rows = new java.util.ArrayList<Row>();
        // Only the plans of people the viewer sees, a chunk of ids at a time: a lead's overview costs what their team
        // is, not what the whole PMO is.
        var ids = new java.util.ArrayList<>(visible.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            rows.addAll(jdbc.sql("""
                    SELECT p.id, p.person_id, p.start_date, p.status, p.tasks_total, p.tasks_closed, t.name,
                           (SELECT COUNT(*) FROM onboarding_task k
                             WHERE k.plan_id = p.id AND k.status = 'OPEN' AND k.due_on < :today) AS overdue
                      FROM onboarding_plan p
                      JOIN onboarding_template_version v ON v.id = p.template_version_id
                      JOIN onboarding_template t ON t.id = v.template_id
                     WHERE p.person_id IN (:people) AND (p.status = 'ACTIVE'""" + (includeFinished ? " OR p.status = 'COMPLETED'" : "") + ")")
                    .param("today", today).param("people", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("start_date", LocalDate.class),
                            PlanStatus.valueOf(rs.getString("status")), rs.getInt("tasks_total"), rs.getInt("tasks_closed"),
                            rs.getInt("overdue"), rs.getString("name")))
                    .list());
        }
        var unitNames = orgUnits.namesById();
        List<PlanSummary> summaries = rows.stream().map(row -> {
            PersonSummary person = visible.get(row.personId());
            return new PlanSummary(row.planId(), row.personId(), person.fullName(), person.orgUnitId(),
                    unitNames.get(person.orgUnitId()), row.templateName(), row.startDate(),
                    (int) ChronoUnit.DAYS.between(row.startDate(), today) + 1, row.status(), row.total(), row.closed(),
                    row.overdue(), PlanViewer.percent(row.closed(), row.total()));
        }).sorted(Comparator.comparingInt(PlanSummary::overdue).reversed()
                .thenComparingInt(PlanSummary::progressPercent).thenComparing(PlanSummary::personName)).toList();
        int from = (int) Math.min(page.offset(), summaries.size());
        int to = Math.min(from + page.size(), summaries.size());
        var totals = new Totals(summaries.size(), (int) summaries.stream().filter(s -> s.overdue() > 0).count(),
                summaries.stream().mapToInt(PlanSummary::overdue).sum(),
                (int) Math.round(summaries.stream().mapToInt(PlanSummary::progressPercent).average().orElse(0)));
        return new Overview(PageResponse.of(summaries.subList(from, to), page, summaries.size()), totals);
    }
}
