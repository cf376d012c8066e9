package com.pmocareer.mentoring.web;

import com.pmocareer.platform.Outcomes;
import java.util.Map;

/** The words mentoring forms use for each field in refusal messages. */
final class MentoringPages {

    static final Outcomes OUTCOMES = new Outcomes(Map.ofEntries(
            Map.entry("goals", "The goals"), Map.entry("cadenceDays", "The cadence"), Map.entry("plannedEnd", "The planned end"),
            Map.entry("developmentGoalIds", "A linked goal"), Map.entry("startsAt", "The date and time"),
            Map.entry("durationMinutes", "The duration"), Map.entry("topics", "The topics"), Map.entry("notes", "The notes"),
            Map.entry("actions[0].description", "The action item"), Map.entry("actions[0].ownerId", "The action's owner"),
            Map.entry("actions[0].dueOn", "The action's due date"), Map.entry("rating", "The rating"),
            Map.entry("comment", "The comment"), Map.entry("sessionId", "The session"), Map.entry("monthOf", "The month"),
            Map.entry("summary", "The close-out summary"), Map.entry("capacity", "The capacity"),
            Map.entry("languages", "The languages"), Map.entry("timeZone", "The time zone"),
            Map.entry("availability", "The availability"), Map.entry("location", "The location"),
            Map.entry("strengths", "A strength"), Map.entry("menteeId", "The junior"), Map.entry("otherMenteeId", "The other junior"),
            Map.entry("mentorId", "The mentor"), Map.entry("gapCoverage", "The gap coverage weight"),
            Map.entry("language", "The language weight"), Map.entry("crossTeam", "The team weight")));

    private MentoringPages() {
    }
}
