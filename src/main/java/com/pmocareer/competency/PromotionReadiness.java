package com.pmocareer.competency;

import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is ready for the next career level, and what is missing: a score and a checklist per person, and a lead's
 * whole team ranked. Criteria of modules that do not publish their data yet say so instead of guessing.
 */
@Service
@Transactional(readOnly = true)
public class PromotionReadiness {

    private final AssessmentAccess access;
    private final PersonDirectory directory;
    private final CompetencyFramework framework;
    private final CareerLadder ladder;
    private final ProficiencyStore proficiencies;
    private final Map<CriterionKind, CriterionEvaluator> evaluators;
    private final JdbcClient jdbc;

    PromotionReadiness(AssessmentAccess access, PersonDirectory directory, CompetencyFramework framework,
            CareerLadder ladder, ProficiencyStore proficiencies, List<CriterionEvaluator> evaluators, JdbcClient jdbc) {
        this.access = access;
        this.directory = directory;
        this.framework = framework;
        this.ladder = ladder;
        this.proficiencies = proficiencies;
        this.evaluators = evaluators.stream().collect(Collectors.toMap(CriterionEvaluator::kind, Function.identity()));
        this.jdbc = jdbc;
    }

    public ReadinessReport forPerson(CurrentUser viewer, long personId) {
        PersonView person = access.visible(viewer, personId);
        LadderLevel current = ladder.level(person.careerLevel());
        var next = ladder.above(person.careerLevel());
        if (next.isEmpty()) {
            return new ReadinessReport(person, current, null, 100, true, 0, 0, 0, List.of(), List.of());
        }
        Map<String, Proficiency> mine = proficiencies.of(personId);
        var competencies = new ArrayList<ReadinessReport.Item>();
        int met = 0;
        for (var competency : framework.current().competencies()) {
            int required = next.get().requiredLevel(competency.code());
            if (required == 0) {
                continue;
            }
            Integer level = mine.getOrDefault(competency.code(), Proficiency.notAssessed(competency.code())).level();
            boolean ok = level != null && level >= required;
            met += ok ? 1 : 0;
            competencies.add(new ReadinessReport.Item(competency.name(),
                    ok ? CriterionOutcome.Status.MET : CriterionOutcome.Status.UNMET,
                    competency.name() + ": " + (level == null ? "not assessed" : "level " + level) + ", needs " + required));
        }
        competencies.sort(Comparator.comparing(ReadinessReport.Item::status).reversed()
                .thenComparing(ReadinessReport.Item::label));
        var outcomes = new ArrayList<CriterionOutcome>();
        var criteria = new ArrayList<ReadinessReport.Item>();
        for (CareerCriterion criterion : next.get().criteria()) {
            var outcome = evaluate(criterion, List.of(person)).get(person.id());
            outcomes.add(outcome);
            criteria.add(new ReadinessReport.Item(criterion.description(), outcome.status(), outcome.reason()));
        }
        var score = ReadinessScore.of(met, competencies.size(), outcomes);
        return new ReadinessReport(person, current, next.get(), score.score(), score.ready(), met, competencies.size(),
                score.criteriaNotMeasurable(), competencies, criteria);
    }

    /** The people a lead sees (in the org unit and below, when given), most ready first. */
    public PageResponse<ReadinessRow> list(CurrentUser viewer, Long orgUnitId, PageRequest page) {
        if (!viewer.isLead() && !viewer.isAdmin()) {
            throw new ForbiddenException("The readiness list is for PMO leads and admins.");
        }
        var people = directory.allVisible(viewer, orgUnitId, null);
        var levels = ladder.levels();
        Framework current = framework.current();
        var rows = new ArrayList<ReadinessRow>(people.size());
        Map<String, List<PersonView>> byLevel = people.stream().collect(Collectors.groupingBy(PersonView::careerLevel));
        for (var group : byLevel.entrySet()) {
            var next = nextOf(levels, group.getKey());
            if (next == null) {
                group.getValue().forEach(p -> rows.add(new ReadinessRow(p.id(), p.fullName(), p.orgUnitName(),
                        p.careerLevelName(), null, 100, true, 0, 0, 0, 0, 0)));
                continue;
            }
            var required = next.required().entrySet().stream()
                    .filter(e -> current.competency(e.getKey()).isPresent())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            var competenciesMet = competenciesMet(group.getValue(), next.code(), required.keySet());
            Map<Long, List<CriterionOutcome>> outcomes = new HashMap<>();
            for (CareerCriterion criterion : next.criteria()) {
                evaluate(criterion, group.getValue()).forEach((id, outcome) ->
                        outcomes.computeIfAbsent(id, key -> new ArrayList<>()).add(outcome));
            }
            for (PersonView p : group.getValue()) {
                var score = ReadinessScore.of(competenciesMet.getOrDefault(p.id(), 0), required.size(),
                        outcomes.getOrDefault(p.id(), List.of()));
                rows.add(new ReadinessRow(p.id(), p.fullName(), p.orgUnitName(), p.careerLevelName(), next.name(),
                        score.score(), score.ready(), score.competenciesMet(), score.competenciesRequired(),
                        score.criteriaMet(), score.criteriaMeasurable(), score.criteriaNotMeasurable()));
            }
        }
        rows.sort(Comparator.comparingInt(ReadinessRow::score).reversed().thenComparing(ReadinessRow::fullName));
        int from = (int) Math.min(page.offset(), rows.size());
        return PageResponse.of(rows.subList(from, Math.min(from + page.size(), rows.size())), page, rows.size());
    }

    /** Per person, how many required competencies they meet: counted by the database, one query per level. */
    private Map<Long, Integer> competenciesMet(List<PersonView> people, String levelCode, Collection<String> codes) {
        var met = new HashMap<Long, Integer>();
        var ids = people.stream().map(PersonView::id).toList();
        // Chunks keep the IN list well inside every database's parameter limit.
        for (int from = 0; from < ids.size() && !codes.isEmpty(); from += 5000) {
            jdbc.sql("""
                    SELECT p.person_id, COUNT(*) FROM competency_proficiency p
                      JOIN career_level_requirement r ON r.competency_code = p.competency_code AND r.level_code = :level
                     WHERE p.person_id IN (:ids) AND r.competency_code IN (:codes) AND p.level >= r.required_level
                     GROUP BY p.person_id""")
                    .param("level", levelCode).param("ids", ids.subList(from, Math.min(from + 5000, ids.size())))
                    .param("codes", codes)
                    .query(rs -> {
                        met.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return met;
    }

    private Map<Long, CriterionOutcome> evaluate(CareerCriterion criterion, Collection<PersonView> people) {
        var evaluator = evaluators.get(criterion.kind());
        if (evaluator == null) {
            var outcome = CriterionOutcome.notMeasurable(notMeasurableReason(criterion.kind()));
            return people.stream().collect(Collectors.toMap(PersonView::id, p -> outcome));
        }
        return evaluator.evaluate(criterion, people);
    }

    static String notMeasurableReason(CriterionKind kind) {
        return switch (kind) {
            case MONTHS_LEADING_PROJECTS -> "Not yet measurable: project assignments are not recorded yet";
            case CERTIFICATION_HELD -> "Not yet measurable: credentials held are not recorded yet";
            case COMPLIANCE_UP_TO_DATE -> "Not yet measurable: mandatory trainings are not recorded yet";
            case MONTHS_IN_ROLE -> "Not yet measurable";
        };
    }

    private static LadderLevel nextOf(List<LadderLevel> levels, String code) {
        for (int i = 0; i < levels.size() - 1; i++) {
            if (levels.get(i).code().equals(code)) {
                return levels.get(i + 1);
            }
        }
        return null;
    }
}
