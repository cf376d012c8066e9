package com.pmocareer.experience.web;

import com.pmocareer.platform.Outcomes;
import java.util.Map;

/** What the experience pages share: the words their forms use for each field. */
final class ExperiencePages {

    static final Outcomes OUTCOMES = new Outcomes(Map.ofEntries(
            Map.entry("code", "The code"), Map.entry("name", "The name"), Map.entry("type", "The type"),
            Map.entry("methodology", "The methodology"), Map.entry("budgetBand", "The budget band"),
            Map.entry("status", "The status"), Map.entry("startsOn", "The start"), Map.entry("endsOn", "The end"),
            Map.entry("sponsor", "The sponsor"), Map.entry("pmId", "The PM"), Map.entry("description", "The description"),
            Map.entry("tags", "The compliance tags"), Map.entry("personId", "The person"), Map.entry("role", "The role"),
            Map.entry("allocation", "The allocation"), Map.entry("version", "The version"),
            Map.entry("occurredOn", "The date"), Map.entry("untilOn", "The end date"), Map.entry("hours", "The hours"),
            Map.entry("processGroup", "The process group"), Map.entry("activity", "What you did"),
            Map.entry("ceremony", "The ceremony"), Map.entry("ceremonyRole", "Facilitated or attended"),
            Map.entry("projectId", "The project"), Map.entry("file", "The file"), Map.entry("title", "The title"),
            Map.entry("artifactType", "The type of work product"), Map.entry("note", "The note"),
            Map.entry("scores", "The rubric"), Map.entry("decision", "The decision"), Map.entry("summary", "The summary"),
            Map.entry("criteria", "The rubric"), Map.entry("mappings", "The mapping"),
            Map.entry("connectionId", "The Jira connection"), Map.entry("boardId", "The board"),
            Map.entry("baseUrl", "The address"), Map.entry("accountEmail", "The account e-mail"),
            Map.entry("apiToken", "The API token")));

    private ExperiencePages() {
    }
}
