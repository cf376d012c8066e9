package com.pmocareer.experience;

import com.pmocareer.experience.ImportViews.Sprint;
import com.pmocareer.shared.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a board's sprints from Jira Cloud's Agile REST API ({@code GET /rest/agile/1.0/board/{id}/sprint}), page by
 * page until Jira says the last one came, with Basic authentication of account e-mail and API token.
 */
final class JiraClient {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGES = 200;

    private final HttpClient http;
    private final JsonMapper json;

    JiraClient(HttpClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    List<Sprint> sprints(String baseUrl, String email, String token, long boardId) {
        List<Sprint> sprints = new ArrayList<>();
        String authorization = "Basic " + Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
        int startAt = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            URI uri = URI.create(baseUrl.replaceAll("/+$", "") + "/rest/agile/1.0/board/" + boardId + "/sprint?startAt="
                    + startAt + "&maxResults=" + PAGE_SIZE);
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                        .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException unreachable) {
                throw InvalidInputException.of("connectionId", "Jira could not be reached at " + baseUrl + " ("
                        + unreachable.getClass().getSimpleName() + ")");
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw InvalidInputException.of("connectionId", "the request to Jira was interrupted");
            }
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw InvalidInputException.of("connectionId", "Jira refused the credentials (HTTP " + response.statusCode()
                        + "): check the account e-mail and the API token");
            }
            if (response.statusCode() == 404) {
                throw InvalidInputException.of("boardId", "Jira has no board " + boardId + " that this account may read");
            }
            if (response.statusCode() != 200) {
                throw InvalidInputException.of("connectionId", "Jira answered HTTP " + response.statusCode());
            }
            JsonNode body;
            try {
                body = json.readTree(response.body());
            } catch (RuntimeException notJson) {
                throw InvalidInputException.of("connectionId", "Jira's answer was not JSON");
            }
            JsonNode values = body.path("values");
            for (JsonNode sprint : values) {
                sprints.add(new Sprint(sprint.path("id").asLong(), sprint.path("name").asString(""),
                        sprint.path("state").asString("").toLowerCase(java.util.Locale.ROOT), date(sprint.path("startDate")),
                        date(sprint.path("endDate")), date(sprint.path("completeDate"))));
            }
            boolean last = body.path("isLast").asBoolean(values.isEmpty());
            if (last || values.isEmpty()) {
                return sprints;
            }
            startAt += values.size();
        }
        return sprints;
    }

    private static LocalDate date(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull() || value.asString("").isBlank()) {
            return null;
        }
        String text = value.asString();
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (java.time.format.DateTimeParseException otherOffsetStyle) {
            // Some Jira servers write offsets as +1000; the calendar day is what counts here.
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        }
    }
}
