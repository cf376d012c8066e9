package com.pmocareer.competency;

import com.pmocareer.people.PersonView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For a person and a target career level: each competency's required and current level, the gap, and what closes
 * it (from every {@link GapSuggestionSource}). Sorted by gap, largest first.
 */
@Service
@Transactional(readOnly = true)
public class GapAnalysis {

    private final AssessmentAccess access;
    private final CompetencyFramework framework;
    private final CareerLadder ladder;
    private final ProficiencyStore proficiencies;
    private final List<GapSuggestionSource> sources;

    GapAnalysis(AssessmentAccess access, CompetencyFramework framework, CareerLadder ladder,
            ProficiencyStore proficiencies, List<GapSuggestionSource> sources) {
        this.access = access;
        this.framework = framework;
        this.ladder = ladder;
        this.proficiencies = proficiencies;
        this.sources = sources;
    }

    /**
     * The largest gaps of each person against their next level (their own at the top), at most {@code limit} each,
     * largest first — without suggestions, for matching many people at once.
     */
    public Map<Long, List<CompetencyGap>> largestGaps(java.util.Collection<com.pmocareer.people.PersonSummary> people, int limit) {
        Framework current = framework.current();
        Map<Long, List<CompetencyGap>> gaps = new HashMap<>();
        for (var person : people) {
            LadderLevel target = ladder.above(person.careerLevel()).orElseGet(() -> ladder.level(person.careerLevel()));
            Map<String, Proficiency> mine = proficiencies.of(person.id());
            var rows = new ArrayList<CompetencyGap>();
            for (var competency : current.competencies()) {
                int gap = target.requiredLevel(competency.code())
                        - mine.getOrDefault(competency.code(), Proficiency.notAssessed(competency.code())).levelOrZero();
                if (gap > 0) {
                    rows.add(new CompetencyGap(competency.code(), competency.name(), gap));
                }
            }
            rows.sort(Comparator.comparingInt(CompetencyGap::gap).reversed().thenComparing(CompetencyGap::code));
            gaps.put(person.id(), List.copyOf(rows.subList(0, Math.min(limit, rows.size()))));
        }
        return gaps;
    }

    /** The person's current levels of at least {@code floor}, by competency code of the current framework. */
    public Map<String, Integer> levelsAtLeast(long personId, int floor) {
        Framework current = framework.current();
        Map<String, Integer> levels = new java.util.TreeMap<>();
        proficiencies.of(personId).forEach((code, proficiency) -> {
            if (proficiency.levelOrZero() >= floor && current.competency(code).isPresent()) {
                levels.put(code, proficiency.levelOrZero());
            }
        });
        return levels;
    }

    /** Against {@code targetLevel}, or the person's next level when it is null (their own at the top). */
    public GapReport analyse(CurrentUser viewer, long personId, String targetLevel) {
        PersonView person = access.visible(viewer, personId);
        LadderLevel target = targetLevel == null || targetLevel.isBlank()
                ? ladder.above(person.careerLevel()).orElseGet(() -> ladder.level(person.careerLevel()))
                : ladder.levels().stream().filter(level -> level.code().equals(targetLevel)).findFirst()
                        .orElseThrow(() -> InvalidInputException.of("targetLevel", "is not a career level"));
        Framework current = framework.current();
        Map<String, Proficiency> mine = proficiencies.of(personId);
        var gaps = new ArrayList<GapSuggestionSource.Gap>();
        for (var competency : current.competencies()) {
            int required = target.requiredLevel(competency.code());
            int level = mine.getOrDefault(competency.code(), Proficiency.notAssessed(competency.code())).levelOrZero();
            if (required > level) {
                gaps.add(new GapSuggestionSource.Gap(competency.code(), level, required));
            }
        }
        Map<String, List<GapSuggestion>> suggestions = new HashMap<>();
        sources.forEach(source -> source.suggest(gaps).forEach((code, list) ->
                suggestions.computeIfAbsent(code, key -> new ArrayList<>()).addAll(list)));
        var rows = new ArrayList<GapReport.Row>();
        for (var competency : current.competencies()) {
            int required = target.requiredLevel(competency.code());
            if (required == 0) {
                continue;
            }
            var proficiency = mine.getOrDefault(competency.code(), Proficiency.notAssessed(competency.code()));
            rows.add(new GapReport.Row(competency.code(), competency.name(), competency.areaName(),
                    competency.category(), required, proficiency.level(), proficiency.selfLevel(), proficiency.diverges(),
                    Math.max(0, required - proficiency.levelOrZero()),
                    suggestions.getOrDefault(competency.code(), List.of())));
        }
        rows.sort(Comparator.comparingInt(GapReport.Row::gap).reversed());
        var areas = current.areas().stream().map(area -> {
            var inArea = rows.stream().filter(row -> row.area().equals(area.name())).toList();
            return new CompetencyProfile.AreaScore(area.name(),
                    Math.round(inArea.stream().mapToInt(r -> r.current() == null ? 0 : r.current()).average().orElse(0) * 10) / 10.0,
                    Math.round(inArea.stream().mapToInt(GapReport.Row::required).average().orElse(0) * 10) / 10.0);
        }).filter(area -> area.required() > 0).toList();
        return new GapReport(person, new GapReport.Target(target.code(), target.name()), current.number(), rows, areas);
    }
}
