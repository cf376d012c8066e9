package com.pmocareer.competency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of the competency framework; {@code publishedAt} is null for the draft an admin is editing. */
public record Framework(long id, int number, String name, String note, OffsetDateTime publishedAt,
        String publishedBy, List<Area> areas) {

    public record Area(String code, String name, List<Competency> competencies) {
    }

    public record Competency(long id, String code, String name, TalentTriangle category, String description,
            Map<Integer, String> indicators, String areaCode, String areaName) {

        public String indicator(Integer level) {
            return level == null ? null : indicators.get(level);
        }
    }

    public boolean draft() {
        return publishedAt == null;
    }

    public List<Competency> competencies() {
        return areas.stream().flatMap(area -> area.competencies().stream()).toList();
    }

    public Optional<Competency> competency(String code) {
        return competencies().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public FrameworkDocument document() {
        return new FrameworkDocument(name, areas.stream().map(area -> new FrameworkDocument.AreaDocument(area.code(),
                area.name(), area.competencies().stream().map(c -> new FrameworkDocument.CompetencyDocument(c.code(),
                        c.name(), c.category(), c.description(), c.indicators())).toList())).toList());
    }
}
