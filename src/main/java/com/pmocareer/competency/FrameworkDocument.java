package com.pmocareer.competency;

import java.util.List;
import java.util.Map;

/**
 * A framework as a file carries it: the shape of the JSON export and import (the CSV has one row per
 * competency with the same fields).
 */
public record FrameworkDocument(String name, List<AreaDocument> areas) {

    public record AreaDocument(String code, String name, List<CompetencyDocument> competencies) {
    }

    public record CompetencyDocument(String code, String name, TalentTriangle category, String description,
            Map<Integer, String> indicators) {
    }

    public int competencyCount() {
        return areas == null ? 0 : areas.stream().mapToInt(a -> a.competencies() == null ? 0 : a.competencies().size()).sum();
    }
}
