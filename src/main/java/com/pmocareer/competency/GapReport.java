package com.pmocareer.competency;

import com.pmocareer.people.PersonView;
import java.util.List;

/** Required vs current per competency for a target level, largest gap first, with what closes each gap. */
public record GapReport(PersonView person, Target target, int frameworkVersion, List<Row> rows,
        List<CompetencyProfile.AreaScore> areas) {

    /** The level analysed against; its requirements are in the rows. */
    public record Target(String code, String name) {
    }

    public record Row(String competencyCode, String competencyName, String area, TalentTriangle category, int required,
            Integer current, Integer self, boolean diverges, int gap, List<GapSuggestion> suggestions) {
    }

    public long gapCount() {
        return rows.stream().filter(row -> row.gap() > 0).count();
    }

    public int totalGap() {
        return rows.stream().mapToInt(Row::gap).sum();
    }
}
