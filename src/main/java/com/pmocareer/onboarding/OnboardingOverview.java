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

    record Row(long planId, long personId, LocalDate startDate, PlanStatus status, int total, int closed,
            int overdue, String templateName) {
    }

    private static final int CHUNK = 1000;
    private static final int BY_ID_UP_TO = 3000;
    private static final String COLUMNS = "SELECT p.id, p.person_id, p.start_date, p.status, p.tasks_total, p.tasks_closed, t.name, ";
    private static final String PLANS = """
             FROM onboarding_plan p
             JOIN onboarding_template_version v ON v.id = p.template_version_id
             JOIN onboarding_template t ON t.id = v.template_id
            """;

    private final JdbcClient jdbc;
    private final RunningPlans running;
    private final PersonDirectory directory;
    private final OrgUnits orgUnits;
    private final Clock clock;

    OnboardingOverview(JdbcClient jdbc, RunningPlans running, PersonDirectory directory, OrgUnits orgUnits, Clock clock) {
        this.jdbc = jdbc;
        this.running = running;
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    /**
     * The plans of the given people (everyone's when null). A team's plans are read by id; beyond a few thousand
     * people one pass over all plans is cheaper than many id lists.
     */
    List<Row> plans(java.util.Set<Long> people, boolean includeFinished, LocalDate today, int byIdUpTo) {
        String statuses = "(p.status = 'ACTIVE'" + (includeFinished ? " OR p.status = 'COMPLETED')" : ")");
        var rows = new java.util.ArrayList<Row>();
        if (people == null || people.size() > byIdUpTo) {
            rows.addAll(jdbc.sql(COLUMNS + "COALESCE(late.overdue, 0) AS overdue" + PLANS
                            + " LEFT JOIN (SELECT plan_id, COUNT(*) AS overdue FROM onboarding_task"
                            + " WHERE status = 'OPEN' AND due_on < :today GROUP BY plan_id) late ON late.plan_id = p.id"
                            + " WHERE " + statuses)
                    .param("today", today).query(OnboardingOverview::row).list());
            if (people != null) {
                rows.removeIf(row -> !people.contains(row.personId()));
            }
            return rows;
        }
        var ids = new java.util.ArrayList<>(people);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            rows.addAll(jdbc.sql(COLUMNS + "(SELECT COUNT(*) FROM onboarding_task k WHERE k.plan_id = p.id"
                            + " AND k.status = 'OPEN' AND k.due_on < :today) AS overdue" + PLANS
                            + " WHERE p.person_id IN (:people) AND " + statuses)
                    .param("today", today).param("people", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(OnboardingOverview::row).list());
        }
        return rows;
    }

    private static Row row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("start_date", LocalDate.class),
                PlanStatus.valueOf(rs.getString("status")), rs.getInt("tasks_total"), rs.getInt("tasks_closed"),
                rs.getInt("overdue"), rs.getString("name"));
    }

    public Overview overview(CurrentUser viewer, Long orgUnitId, boolean includeFinished, PageRequest page) {
        Map<Long, PersonSummary> visible = directory.summaries(viewer, orgUnitId, null).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        var rows = includeFinished ? plans(visible.keySet(), true, today, BY_ID_UP_TO)
                : running.all(day -> plans(null, false, day, 0)).stream().filter(row -> visible.containsKey(row.personId())).toList();
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
