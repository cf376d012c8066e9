package com.pmocareer.competency;

import com.pmocareer.people.PersonView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ratings of a person's competencies and the competency profile derived from them. */
@Service
@Transactional(readOnly = true)
public class Assessments {

    private final AssessmentStore store;
    private final ProficiencyStore proficiencies;
    private final AssessmentAccess access;
    private final CompetencyFramework framework;
    private final CareerLadder ladder;
    private final EvidenceLedger evidence;
    private final JdbcClient jdbc;
    private final Clock clock;

    Assessments(AssessmentStore store, ProficiencyStore proficiencies, AssessmentAccess access,
            CompetencyFramework framework, CareerLadder ladder, EvidenceLedger evidence, JdbcClient jdbc, Clock clock) {
        this.evidence = evidence;
        this.store = store;
        this.proficiencies = proficiencies;
        this.access = access;
        this.framework = framework;
        this.ladder = ladder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public AssessmentView rate(CurrentUser rater, long personId, AssessmentCommand command) {
        PersonView person = access.visible(rater, personId);
        RaterRole role = access.roleFor(rater, person, command.raterRole());
        var competency = framework.current().competency(command.competencyCode())
                .orElseThrow(() -> InvalidInputException.of("competencyCode", "is not a competency of the current framework"));
        checkLinks(command.links());
        store.insert(personId, competency, rater.personId(), role, command.level(), command.comment(), command.links(),
                null, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        proficiencies.rederive(personId, competency.code());
        return store.history(personId, competency.code()).get(0);
    }

    /** Which capacities the viewer may rate the person in (empty: may not rate). */
    public Set<RaterRole> rolesFor(CurrentUser viewer, long personId) {
        return access.rolesFor(viewer, access.visible(viewer, personId));
    }

    /** The person's derived levels by competency code, for modules that already checked who may see them. */
    public Map<String, Integer> currentLevels(long personId) {
        var levels = new HashMap<String, Integer>();
        proficiencies.of(personId).forEach((code, p) -> {
            if (p.level() != null) {
                levels.put(code, p.level());
            }
        });
        return levels;
    }

    public List<EvidenceView> evidence(CurrentUser viewer, long personId, String competencyCode) {
        access.visible(viewer, personId);
        return evidence.of(personId, competencyCode);
    }

    public Proficiency proficiency(CurrentUser viewer, long personId, String competencyCode) {
        access.visible(viewer, personId);
        return proficiencies.find(personId, competencyCode).orElse(Proficiency.notAssessed(competencyCode));
    }

    public List<AssessmentView> history(CurrentUser viewer, long personId, String competencyCode) {
        access.visible(viewer, personId);
        return store.history(personId, competencyCode);
    }

    public CompetencyProfile profile(CurrentUser viewer, long personId) {
        PersonView person = access.visible(viewer, personId);
        Framework current = framework.current();
        LadderLevel level = ladder.level(person.careerLevel());
        LadderLevel next = ladder.above(person.careerLevel()).orElse(level);
        Map<String, Proficiency> mine = proficiencies.of(personId);
        Map<String, long[]> evidence = evidenceCounts(personId, mine);
        var rows = new ArrayList<CompetencyProfile.Row>();
        for (var competency : current.competencies()) {
            long[] counts = evidence.getOrDefault(competency.code(), new long[2]);
            rows.add(new CompetencyProfile.Row(competency,
                    mine.getOrDefault(competency.code(), Proficiency.notAssessed(competency.code())),
                    level.requiredLevel(competency.code()), next.requiredLevel(competency.code()), counts[0], counts[1] > 0));
        }
        var areas = current.areas().stream().map(area -> {
            var inArea = rows.stream().filter(row -> row.competency().areaCode().equals(area.code())).toList();
            return new CompetencyProfile.AreaScore(area.name(),
                    round(inArea.stream().mapToInt(row -> row.proficiency().levelOrZero()).average().orElse(0)),
                    round(inArea.stream().mapToInt(CompetencyProfile.Row::requiredNext).average().orElse(0)));
        }).toList();
        return new CompetencyProfile(person, current, level, next, rows, areas);
    }

    /** Per competency: evidence items in total, and those recorded after the last validated rating. */
    private Map<String, long[]> evidenceCounts(long personId, Map<String, Proficiency> mine) {
        var counts = new HashMap<String, long[]>();
        jdbc.sql("SELECT competency_code, recorded_at FROM competency_evidence WHERE person_id = :person")
                .param("person", personId)
                .query(rs -> {
                    var c = counts.computeIfAbsent(rs.getString(1), key -> new long[2]);
                    c[0]++;
                    Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
                    var proficiency = mine.get(rs.getString(1));
                    if (proficiency == null || proficiency.assessedAt() == null || at.isAfter(proficiency.assessedAt())) {
                        c[1]++;
                    }
                });
        return counts;
    }

    static void checkLinks(List<String> links) {
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < links.size(); i++) {
            if (!isWebLink(links.get(i))) {
                problems.add(new FieldProblem("evidenceLinks[" + i + "]", "must be an http or https address"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some evidence links are not web addresses.", problems);
        }
    }

    private static boolean isWebLink(String link) {
        try {
            var uri = URI.create(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
