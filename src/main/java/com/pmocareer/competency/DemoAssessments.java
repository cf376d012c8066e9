package com.pmocareer.competency;

import com.pmocareer.people.DemoPmoLoaded;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ratings that tell three stories: Liam (junior) is nearly ready to become a Project Manager, Aisha (junior2) has
 * just started, Tomás (junior3) is strong on methods and tools but stuck on soft skills — with a closed 360 round to
 * show it. The other juniors spread over the readiness list; mentors are strong where they can help.
 */
@Component
class DemoAssessments {

    private static final Set<String> SOFT = Set.of("COMMUNICATION", "CONFLICT", "NEGOTIATION", "STAKEHOLDER",
            "LEADERSHIP", "PROBLEM_SOLVING", "COLLABORATION", "TIME_MGMT");

    private final CompetencyFramework framework;
    private final CareerLadder ladder;
    private final AssessmentStore assessments;
    private final ProficiencyStore proficiencies;
    private final JdbcClient jdbc;

    DemoAssessments(CompetencyFramework framework, CareerLadder ladder, AssessmentStore assessments,
            ProficiencyStore proficiencies, JdbcClient jdbc) {
        this.framework = framework;
        this.ladder = ladder;
        this.assessments = assessments;
        this.proficiencies = proficiencies;
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(2)
    void on(DemoPmoLoaded demo) {
        var story = new Story(demo);
        var pm = ladder.level("PROJECT_MANAGER");
        long lead = demo.id("lead@pmo.example");
        long lead2 = demo.id("lead2@pmo.example");

        // Liam: six months ago one level lower everywhere; now at the PM bar except negotiation and MS Project.
        long liam = demo.id("junior@pmo.example");
        long sofia = demo.id("mentor@pmo.example");
        for (var c : competencies()) {
            int required = pm.requiredLevel(c.code());
            story.rate(liam, c, sofia, RaterRole.MENTOR, Math.max(1, required - 1), 180, null);
            int now = switch (c.code()) {
                case "NEGOTIATION", "TOOL_MSPROJECT" -> required - 1;
                default -> required;
            };
            story.rate(liam, c, sofia, RaterRole.MENTOR, now, 20 + c.code().length(), comment(c.code(), now));
            story.rate(liam, c, liam, RaterRole.SELF, c.code().equals("NEGOTIATION") ? 4 : now, 25, null);
        }

        // Aisha: three months in, a self-assessment and her lead's first impressions.
        long aisha = demo.id("junior2@pmo.example");
        for (var c : competencies()) {
            story.rate(aisha, c, aisha, RaterRole.SELF, SOFT.contains(c.code()) ? 3 : 2, 30, null);
        }
        for (String code : List.of("COMMUNICATION", "SCRUM", "AGILE_CEREMONIES", "TOOL_JIRA", "SEC_AWARENESS", "GOV_GDPR")) {
            story.rate(aisha, competency(code), lead2, RaterRole.LEAD, code.startsWith("TOOL") ? 2 : 1, 14,
                    "First impression after the onboarding weeks.");
        }

        // Tomás: methods and tools at the bar for a year; soft skills not moving.
        long tomas = demo.id("junior3@pmo.example");
        for (var c : competencies()) {
            int required = pm.requiredLevel(c.code());
            boolean soft = SOFT.contains(c.code());
            story.rate(tomas, c, sofia, RaterRole.MENTOR, soft ? 1 : Math.max(1, required - 1), 300, null);
            story.rate(tomas, c, sofia, RaterRole.MENTOR, soft ? 2 : required, 120, null);
            story.rate(tomas, c, tomas, RaterRole.SELF, soft ? 4 : required, 60, null);
        }
        story.round360(demo, tomas, lead);

        // The others spread from "just arrived" to "getting there" by their months in the PMO.
        String[] others = {"junior4", "junior5", "junior6", "junior7", "junior8", "junior9", "junior10", "junior11", "junior12"};
        int[] months = {9, 6, 1, 12, 15, 11, 7, 4, 0};
        for (int i = 0; i < others.length; i++) {
            long person = demo.id(others[i] + "@pmo.example");
            long rater = i < 4 ? lead : lead2;
            int base = Math.min(3, 1 + months[i] / 5);
            int index = 0;
            for (var c : competencies()) {
                int level = Math.max(1, Math.min(pm.requiredLevel(c.code()), base + ((index++ + i) % 3 == 0 ? -1 : 0)));
                if (months[i] > 0) {
                    story.rate(person, c, rater, RaterRole.LEAD, level, 10 + i, null);
                }
            }
        }

        // Mentors: expert where they coach, otherwise at or just below their own level's bar.
        Map<String, List<String>> strengths = Map.of(
                "mentor@pmo.example", List.of("NEGOTIATION", "STAKEHOLDER", "RISK", "COMMUNICATION"),
                "mentor2@pmo.example", List.of("TOOL_MSPROJECT", "SCHEDULE", "BUDGET", "IT_INFRA"),
                "mentor3@pmo.example", List.of("SCRUM", "AGILE_CEREMONIES", "AGILE", "TOOL_JIRA"),
                "mentor4@pmo.example", List.of("CONFLICT", "LEADERSHIP", "VENDOR_CONTRACT", "VENDOR_SOURCING"));
        strengths.forEach((email, best) -> {
            long mentor = demo.id(email);
            int usual = email.equals("mentor3@pmo.example") ? 3 : 4;
            int index = 0;
            for (var c : competencies()) {
                int level = best.contains(c.code()) ? 5 : usual - (index++ % 4 == 0 ? 1 : 0);
                story.rate(mentor, c, lead, RaterRole.LEAD, level, 90, null);
            }
        });
        story.rederiveAll();
    }

    private List<Framework.Competency> competencies() {
        return framework.current().competencies();
    }

    private Framework.Competency competency(String code) {
        return framework.current().competency(code).orElseThrow();
    }

    private static String comment(String code, int level) {
        return switch (code) {
            case "NEGOTIATION" -> "Let the vendor set the terms in the licence renewal; prepare a BATNA next time.";
            case "TOOL_MSPROJECT" -> "Updates progress well; still needs help building a resource-loaded baseline.";
            case "RISK" -> "Ran the risk workshop for the storage refresh on his own. Good register.";
            case "DOC_REPORTING" -> "Status reports are on time and honest about amber items.";
            default -> level >= 3 ? null : "Keep practising with support.";
        };
    }

    /** Writes ratings dated {@code daysAgo} and remembers whose levels to derive afterwards. */
    private final class Story {

        private final LocalDate today;
        private final Set<String> touched = new HashSet<>();

        Story(DemoPmoLoaded demo) {
            this.today = demo.today();
        }

        void rate(long person, Framework.Competency c, long rater, RaterRole role, int level, int daysAgo, String comment) {
            rateIn(person, c, rater, role, level, daysAgo, comment, null);
        }

        void rateIn(long person, Framework.Competency c, long rater, RaterRole role, int level, int daysAgo,
                String comment, Long round) {
            assessments.insert(person, c, rater, role, Math.max(1, Math.min(5, level)), comment, List.of(), round,
                    at(daysAgo));
            touched.add(person + ":" + c.code());
        }

        void round360(DemoPmoLoaded demo, long tomas, long lead) {
            List<String> codes = List.of("COMMUNICATION", "CONFLICT", "NEGOTIATION", "STAKEHOLDER", "LEADERSHIP");
            var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO assessment_round (person_id, title, framework_version_id, competency_codes, opened_by,
                                                  opened_at, due_on, closed_at, version)
                    VALUES (:person, '360° feedback — soft skills', :framework, :codes, :lead, :opened, :due, :closed, 1)""")
                    .param("person", tomas).param("framework", framework.current().id())
                    .param("codes", String.join(",", codes)).param("lead", lead).param("opened", at(75))
                    .param("due", today.minusDays(50)).param("closed", at(45))
                    .update(key, "id");
            long round = key.getKey().longValue();
            Map<String, RaterRole> raters = Map.of("junior3@pmo.example", RaterRole.SELF,
                    "mentor@pmo.example", RaterRole.MENTOR, "lead@pmo.example", RaterRole.LEAD,
                    "junior@pmo.example", RaterRole.PEER, "junior4@pmo.example", RaterRole.PEER,
                    "junior5@pmo.example", RaterRole.PEER, "junior7@pmo.example", RaterRole.PEER);
            raters.forEach((email, relation) -> {
                boolean answered = !email.equals("junior7@pmo.example");
                jdbc.sql("""
                        INSERT INTO assessment_round_rater (round_id, rater_id, relation, submitted_at)
                        VALUES (:round, :rater, :relation, :at)""")
                        .param("round", round).param("rater", demo.id(email)).param("relation", relation.name())
                        .param("at", answered ? at(55) : null).update();
                if (!answered) {
                    return;
                }
                for (String code : codes) {
                    int level = switch (relation) {
                        case SELF -> 4;
                        case PEER -> code.equals("COLLABORATION") ? 3 : 2;
                        default -> code.equals("CONFLICT") || code.equals("NEGOTIATION") ? 1 : 2;
                    };
                    String remark = relation == RaterRole.PEER && code.equals("COMMUNICATION")
                            ? "Great on technical detail, but stand-ups overrun and decisions get lost."
                            : relation == RaterRole.MENTOR && code.equals("CONFLICT")
                                    ? "Avoids the difficult conversation with the network vendor; we practise it in our 1:1s."
                                    : null;
                    rateIn(tomas, competency(code), demo.id(email), relation, level, 55, remark, round);
                }
            });
        }

        void rederiveAll() {
            touched.forEach(key -> {
                int colon = key.indexOf(':');
                proficiencies.rederive(Long.parseLong(key.substring(0, colon)), key.substring(colon + 1));
            });
        }

        private OffsetDateTime at(int daysAgo) {
            return today.minusDays(daysAgo).atTime(10, 0).atOffset(ZoneOffset.UTC);
        }
    }
}
