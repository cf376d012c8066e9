package com.pmocareer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.platform.AuditEntryView.FieldChange;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLogDiffTest {

    @Test
    void onlyFieldsThatChangedAreRecordedInNameOrder() {
        var before = Map.of("fullName", "Liam Novak", "careerLevel", "JUNIOR_PM", "startDate", LocalDate.of(2025, 9, 8));
        var after = Map.of("fullName", "Liam Novak", "careerLevel", "PROJECT_MANAGER", "startDate", LocalDate.of(2025, 9, 1));

        assertThat(AuditLog.diff(before, after)).containsExactly(
                new FieldChange("careerLevel", "JUNIOR_PM", "PROJECT_MANAGER"),
                new FieldChange("startDate", "2025-09-08", "2025-09-01"));
    }

    @Test
    void aCreationRecordsEveryFieldAgainstNothing() {
        assertThat(AuditLog.diff(Map.of(), Map.of("email", "a@example.com")))
                .containsExactly(new FieldChange("email", null, "a@example.com"));
    }

    @Test
    void aFieldThatBecomesEmptyIsRecordedAsCleared() {
        var before = new HashMap<String, Object>(Map.of("jobTitle", "Scrum Master"));
        var after = new HashMap<String, Object>();
        after.put("jobTitle", null);

        assertThat(AuditLog.diff(before, after)).containsExactly(new FieldChange("jobTitle", "Scrum Master", null));
    }

    @Test
    void nothingChangedMeansNoChanges() {
        assertThat(AuditLog.diff(Map.of("a", 1), Map.of("a", 1))).isEmpty();
    }
}
