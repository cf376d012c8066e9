package com.pmocareer.competency;

import com.pmocareer.people.OrgUnits;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonSummary;
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
    private final OrgUnits orgUnits;
    private final CompetencyFramework framework;
    private final CareerLadder ladder;
    private final ProficiencyStore proficiencies;
    private final Map<CriterionKind, CriterionEvaluator> evaluators;
    private final ReadinessTallies tallies;

    PromotionReadiness(AssessmentAccess access, PersonDirectory directory, OrgUnits orgUnits, CompetencyFramework framework,
            CareerLadder ladder, ProficiencyStore proficiencies, List<CriterionEvaluator> evaluators, ReadinessTallies tallies) {
        this.access = access;
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.framework = framework;
        this.ladder = ladder;
        this.proficiencies = proficiencies;
        this.evaluators = evaluators.stream().collect(Collectors.toMap(CriterionEvaluator::kind, Function.identity()));
        this.tallies = tallies;
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
            var outcome = evaluate(criterion, List.of(person.summary())).get(person.id());
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
        var people = directory.summaries(viewer, orgUnitId, null);
        var levels = ladder.levels();
        var levelNames = levels.stream().collect(Collectors.toMap(LadderLevel::code, LadderLevel::name));
        var unitNames = orgUnits.namesById();
        Framework current = framework.current();
        var rows = new ArrayList<ReadinessRow>(people.size());
        Map<String, List<PersonSummary>> byLevel = people.stream().collect(Collectors.groupingBy(PersonSummary::careerLevel));
        for (var group : byLevel.entrySet()) {
            var next = nextOf(levels, group.getKey());
            String levelName = levelNames.get(group.getKey());
            if (next == null) {
                group.getValue().forEach(p -> rows.add(new ReadinessRow(p.id(), p.fullName(), unitNames.get(p.orgUnitId()),
                        levelName, null, 100, true, 0, 0, 0, 0, 0)));
                continue;
            }
            var required = next.required().entrySet().stream()
                    .filter(e -> current.competency(e.getKey()).isPresent())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            var competenciesMet = tallies.met(group.getValue().stream().map(PersonSummary::id).toList(), next.code(), required);
            Map<Long, List<CriterionOutcome>> outcomes = new HashMap<>();
            for (CareerCriterion criterion : next.criteria()) {
                evaluate(criterion, group.getValue()).forEach((id, outcome) ->
                        outcomes.computeIfAbsent(id, key -> new ArrayList<>()).add(outcome));
            }
            for (PersonSummary p : group.getValue()) {
                var score = ReadinessScore.of(competenciesMet.getOrDefault(p.id(), 0), required.size(),
                        outcomes.getOrDefault(p.id(), List.of()));
                rows.add(new ReadinessRow(p.id(), p.fullName(), unitNames.get(p.orgUnitId()), levelName, next.name(),
                        score.score(), score.ready(), score.competenciesMet(), score.competenciesRequired(),
                        score.criteriaMet(), score.criteriaMeasurable(), score.criteriaNotMeasurable()));
            }
        }
        rows.sort(Comparator.comparingInt(ReadinessRow::score).reversed().thenComparing(ReadinessRow::fullName));
        int from = (int) Math.min(page.offset(), rows.size());
        return PageResponse.of(rows.subList(from, Math.min(from + page.size(), rows.size())), page, rows.size());
    }

    private Map<Long, CriterionOutcome> evaluate(CareerCriterion criterion, Collection<PersonSummary> people) {
        var evaluator = evaluators.get(criterion.kind());
        if (evaluator == null) {
            var outcome = CriterionOutcome.notMeasurable(notMeasurableReason(criterion.kind()));
            return people.stream().collect(Collectors.toMap(PersonSummary::id, p -> outcome));
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
