package com.pmocareer.learning.web;

import com.pmocareer.platform.Outcomes;
import java.util.Map;

/** What the learning pages share: how they report outcomes, and where a form may send the user back to. */
final class LearningPages {

    static final Outcomes OUTCOMES = new Outcomes(Map.ofEntries(Map.entry("note", "the note"), Map.entry("reason", "the reason"),
            Map.entry("score", "the score"), Map.entry("completedOn", "the completion date"),
            Map.entry("certificate", "the certificate"), Map.entry("evidence", "the evidence"),
            Map.entry("hours", "hours"), Map.entry("title", "the title"), Map.entry("occurredOn", "the date"),
            Map.entry("evidenceUrl", "the evidence link"), Map.entry("until", "the end date"),
            Map.entry("activityIri", "the activity IRI"), Map.entry("name", "the name"), Map.entry("personId", "the person"),
            Map.entry("careerLevel", "the career level"), Map.entry("kind", "the kind"), Map.entry("category", "the category")));

    private LearningPages() {
    }

    /** A path inside the product to return to, or the fallback: never another site. */
    static String back(String requested, String fallback) {
        return requested != null && requested.startsWith("/") && !requested.startsWith("//") && !requested.contains("\\")
                ? requested : fallback;
    }
}
