package com.pmocareer.competency;

import com.pmocareer.people.PersonView;
import java.util.List;

/**
 * A person's standing in every competency of the current framework, beside what their level and the next one
 * require, with the evidence other modules recorded.
 */
public record CompetencyProfile(PersonView person, Framework framework, LadderLevel currentLevel,
        LadderLevel nextLevel, List<Row> rows, List<AreaScore> areas) {

    public record Row(Framework.Competency competency, Proficiency proficiency, int requiredNow, int requiredNext,
            long evidence, boolean evidenceSinceLastRating) {

        public boolean belowNext() {
            return proficiency.levelOrZero() < requiredNext;
        }
    }

    /** Averages per area, for the radar chart: current level (not assessed = 0) and the next level's requirement. */
    public record AreaScore(String area, double current, double required) {
    }

    public long assessedCount() {
        return rows.stream().filter(row -> row.proficiency().level() != null).count();
    }

    public long divergingCount() {
        return rows.stream().filter(row -> row.proficiency().diverges()).count();
    }
}
