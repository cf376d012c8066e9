package com.pmocareer.development;

import com.pmocareer.people.DemoPmoLoaded;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans for the demo stories: Liam's approved plan closes his last two gaps, Aisha has drafted her first goal,
 * Tomás's soft-skill goals are running late, Hannah waits for her mentor's approval.
 */
@Component
class DemoDevelopmentPlans {

    private final PlanStore store;
    private final JdbcClient jdbc;

    DemoDevelopmentPlans(PlanStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(3)
    void on(DemoPmoLoaded demo) {
        LocalDate today = demo.today();
        Cycle cycle = Cycle.of(today);
        LocalDate end = cycle.end();
        long sofia = demo.id("mentor@pmo.example");

        long liam = demo.id("junior@pmo.example");
        long liamPlan = plan(liam, cycle, PlanStatus.APPROVED, sofia, today.minusDays(60));
        goal(liamPlan, "Negotiate the next vendor renewal with a prepared BATNA",
                "Sofia observes one negotiation and rates it at level 3", "NEGOTIATION", 3, end.minusDays(10),
                GoalStatus.IN_PROGRESS, List.of(action(ActionKind.OTHER, "Course: Negotiation for IT project managers", true),
                        action(ActionKind.MENTORING_GOAL, "Role-play the renewal call with Sofia", false)));
        goal(liamPlan, "Build the baseline of the storage refresh plan in MS Project myself",
                "Resource-loaded plan with baseline accepted at the gate review", "TOOL_MSPROJECT", 3, end.minusDays(5),
                GoalStatus.IN_PROGRESS, List.of(action(ActionKind.OTHER, "Course: MS Project Essentials", false)));
        long riskGoal = goal(liamPlan, "Run a risk workshop on my own", "Risk register reviewed by the PMO without rework",
                "RISK", 3, today.minusDays(30), GoalStatus.DONE, List.of());
        jdbc.sql("UPDATE development_goal SET completed_at = :at WHERE id = :id")
                .param("at", today.minusDays(35).atStartOfDay().atOffset(ZoneOffset.UTC)).param("id", riskGoal).update();
        checkIn(liamPlan, sofia, "Risk workshop went well; next we focus on the renewal negotiation.", today.minusDays(30));

        long aisha = demo.id("junior2@pmo.example");
        long aishaPlan = plan(aisha, cycle, PlanStatus.DRAFT, null, null);
        goal(aishaPlan, "Facilitate the daily stand-up of the payments team", "Facilitates five stand-ups in a row on time-box",
                "AGILE_CEREMONIES", 2, end, GoalStatus.NOT_STARTED,
                List.of(action(ActionKind.OTHER, "Course: Scrum Fundamentals", false)));

        long tomas = demo.id("junior3@pmo.example");
        long tomasPlan = plan(tomas, cycle, PlanStatus.APPROVED, sofia, today.minusDays(100));
        goal(tomasPlan, "Keep stand-ups to 15 minutes and close each with decisions noted",
                "Team feedback in the next 360 rates communication at 3", "COMMUNICATION", 3, today.minusDays(11),
                GoalStatus.IN_PROGRESS, List.of(action(ActionKind.OTHER, "Course: Writing status reports that get read", true)));
        goal(tomasPlan, "Hold the overdue conversation with the network vendor", "Escalation resolved without the lead stepping in",
                "CONFLICT", 2, end.minusDays(20), GoalStatus.IN_PROGRESS,
                List.of(action(ActionKind.MENTORING_GOAL, "Practise the conversation with Sofia", true)));
        goal(tomasPlan, "Map the stakeholders of the data-centre move", "Stakeholder map reviewed with the sponsor",
                "STAKEHOLDER", 3, end, GoalStatus.NOT_STARTED, List.of());
        checkIn(tomasPlan, sofia, "Still avoiding the difficult vendor call; we agreed to role-play it on Thursday.",
                today.minusDays(12));
        checkIn(tomasPlan, tomas, "Stand-ups are shorter now, but I still forget to note the decisions.", today.minusDays(5));

        long hannah = demo.id("junior4@pmo.example");
        long hannahPlan = plan(hannah, cycle, PlanStatus.SUBMITTED, null, null);
        goal(hannahPlan, "Own the status report of the backup migration", "Four weekly reports sent without corrections",
                "DOC_REPORTING", 3, end, GoalStatus.NOT_STARTED, List.of());
    }

    private record DemoAction(ActionKind kind, String description, boolean done) {
    }

    private static DemoAction action(ActionKind kind, String description, boolean done) {
        return new DemoAction(kind, description, done);
    }

    private long plan(long person, Cycle cycle, PlanStatus status, Long approver, LocalDate approvedOn) {
        long id = store.createPlan(person, cycle.toString());
        jdbc.sql("UPDATE development_plan SET status = :status, approved_by = :by, approved_at = :at WHERE id = :id")
                .param("status", status.name()).param("by", approver)
                .param("at", approvedOn == null ? null : approvedOn.atStartOfDay().atOffset(ZoneOffset.UTC))
                .param("id", id).update();
        return id;
    }

    private long goal(long plan, String title, String measure, String code, int target, LocalDate due, GoalStatus status,
            List<DemoAction> actions) {
        long id = store.insertGoal(plan, new GoalCommand(title, measure, code, target, due,
                actions.stream().map(a -> new GoalCommand.Action(a.kind(), null, a.description())).toList(), null, null));
        jdbc.sql("UPDATE development_goal SET status = :status WHERE id = :id").param("status", status.name())
                .param("id", id).update();
        jdbc.sql("UPDATE development_action SET done = TRUE WHERE goal_id = :goal AND description IN (:done)")
                .param("goal", id)
                .param("done", actions.stream().filter(DemoAction::done).map(DemoAction::description).toList().isEmpty()
                        ? List.of("") : actions.stream().filter(DemoAction::done).map(DemoAction::description).toList())
                .update();
        return id;
    }

    private void checkIn(long plan, long author, String note, LocalDate on) {
        store.addCheckIn(plan, null, author, note, on.atTime(9, 30).atOffset(ZoneOffset.UTC));
    }
}
