package com.pmocareer.competency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 360 round as its viewer may see it. Raters' names appear only to those who manage the round; {@code you}
 * is the viewer's own invitation, if any.
 */
public record RoundView(long id, long personId, String personName, String title, LocalDate dueOn, Instant openedAt,
        String openedBy, Instant closedAt, List<Framework.Competency> competencies, int invited, int answered,
        List<Rater> raters, Rater you, long version) {

    public record Rater(Long personId, String name, RaterRole relation, boolean answered) {
    }

    public boolean open() {
        return closedAt == null;
    }
}
