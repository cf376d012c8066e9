package com.pmocareer.competency;

import com.pmocareer.competency.FrameworkDocument.AreaDocument;
import com.pmocareer.competency.FrameworkDocument.CompetencyDocument;
import com.pmocareer.shared.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a framework complete: named, at least one area with at least one competency, codes unique and
 * well-formed, a category, a description and an indicator for every level 1–5. Every problem is reported, with
 * the line of the file where there is one.
 */
final class FrameworkRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    static final int MAX_COMPETENCIES = 300;

    /** Where a competency came from: the line of a CSV file, or none for JSON and forms. */
    interface Lines {
        Integer of(int areaIndex, int competencyIndex);

        Lines NONE = (area, competency) -> null;
    }

    private FrameworkRules() {
    }

    static List<FieldProblem> check(FrameworkDocument document, Lines lines) {
        var problems = new ArrayList<FieldProblem>();
        if (blank(document.name()) || document.name().length() > 200) {
            problems.add(new FieldProblem("name", "must be given, at most 200 characters"));
        }
        if (document.areas() == null || document.areas().isEmpty()) {
            problems.add(new FieldProblem("areas", "must hold at least one area with competencies"));
            return problems;
        }
        if (document.competencyCount() > MAX_COMPETENCIES) {
            problems.add(new FieldProblem("areas", "hold more than " + MAX_COMPETENCIES + " competencies"));
        }
        Set<String> areaCodes = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int a = 0; a < document.areas().size(); a++) {
            AreaDocument area = document.areas().get(a);
            String at = "areas[" + a + "]";
            Integer areaLine = lines.of(a, 0);
            String areaField = areaLine == null ? at + ".code" : "area_code";
            if (area.code() == null || !CODE.matcher(area.code()).matches()) {
                problems.add(new FieldProblem(areaField, "must be upper-case letters, digits or _ (up to 40), starting with a letter", areaLine));
            } else if (!areaCodes.add(area.code())) {
                problems.add(new FieldProblem(areaField, "repeats the area " + area.code(), areaLine));
            }
            if (blank(area.name()) || area.name().length() > 200) {
                problems.add(new FieldProblem(areaLine == null ? at + ".name" : "area_name", "must be given, at most 200 characters", areaLine));
            }
            if (area.competencies() == null || area.competencies().isEmpty()) {
                problems.add(new FieldProblem(areaLine == null ? at + ".competencies" : "area_code", "must hold at least one competency", areaLine));
                continue;
            }
            for (int c = 0; c < area.competencies().size(); c++) {
                Integer line = lines.of(a, c);
                checkCompetency(area.competencies().get(c), line == null ? at + ".competencies[" + c + "]." : "", line,
                        codes, problems);
            }
        }
        return problems;
    }

    private static void checkCompetency(CompetencyDocument competency, String path, Integer line, Set<String> codes,
            List<FieldProblem> problems) {
        if (competency.code() == null || !CODE.matcher(competency.code()).matches()) {
            problems.add(new FieldProblem(path + "code", "must be upper-case letters, digits or _ (up to 40), starting with a letter", line));
        } else if (!codes.add(competency.code())) {
            problems.add(new FieldProblem(path + "code", "repeats the competency " + competency.code(), line));
        }
        if (blank(competency.name()) || competency.name().length() > 200) {
            problems.add(new FieldProblem(path + "name", "must be given, at most 200 characters", line));
        }
        if (competency.category() == null) {
            problems.add(new FieldProblem(path + "category", "must be WAYS_OF_WORKING, POWER_SKILLS or BUSINESS_ACUMEN", line));
        }
        if (blank(competency.description()) || competency.description().length() > 2000) {
            problems.add(new FieldProblem(path + "description", "must be given, at most 2000 characters", line));
        }
        for (int level = ProficiencyScale.MIN; level <= ProficiencyScale.MAX; level++) {
            String indicator = competency.indicators() == null ? null : competency.indicators().get(level);
            if (blank(indicator) || indicator.length() > 1000) {
                problems.add(new FieldProblem(path + (line == null ? "indicators." + level : "level_" + level),
                        "must describe level " + level + " (" + ProficiencyScale.name(level) + "), at most 1000 characters", line));
            }
        }
        if (competency.indicators() != null && competency.indicators().keySet().stream()
                .anyMatch(level -> level == null || level < ProficiencyScale.MIN || level > ProficiencyScale.MAX)) {
            problems.add(new FieldProblem(path + "indicators", "has levels outside 1–5", line));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
