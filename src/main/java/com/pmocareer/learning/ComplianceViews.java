package com.pmocareer.learning;

import com.pmocareer.learning.CourseViews.CourseRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Requirements, a person's standing, and the matrix of people × requirements. */
public final class ComplianceViews {

    private ComplianceViews() {
    }

    public record RequirementView(long id, String code, String name, String description, Audience audience,
            String audienceValue, String audienceLabel, boolean audienceMeasurable, Recurrence recurrence,
            Integer everyMonths, Integer windowMonth, int graceDays, int newJoinerDays, int dueSoonDays, boolean active,
            List<CourseRef> courses, long version) {

        ComplianceRules.Schedule schedule() {
            return new ComplianceRules.Schedule(recurrence, everyMonths, windowMonth, graceDays, newJoinerDays, dueSoonDays);
        }

        public String recurrenceLabel() {
            return switch (recurrence) {
                case ONCE -> "Once";
                case EVERY_MONTHS -> "Every " + everyMonths + " months";
                case CALENDAR_WINDOW -> "Every " + java.time.Month.of(windowMonth).getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            };
        }
    }

    public record RequirementCommand(String code, String name, String description, Audience audience,
            String audienceValue, Recurrence recurrence, Integer everyMonths, Integer windowMonth, Integer graceDays,
            Integer newJoinerDays, Integer dueSoonDays, Boolean active, List<Long> courseIds, Long version) {
    }

    public record ExemptionCommand(Long requirementId, Long personId, String reason, LocalDate until) {
    }

    /** One person's standing against one requirement; {@code exemptReason} only when exempt. */
    public record Cell(long requirementId, ComplianceState state, LocalDate dueOn, LocalDate lastCompletedOn,
            boolean pastGrace, String exemptReason) {
    }

    public record Row(long personId, String fullName, String orgUnitName, String careerLevel, List<Cell> cells) {

        /** The cell of a requirement, or null where it does not apply to the person. */
        public Cell cell(long requirementId) {
            return cells.stream().filter(c -> c.requirementId() == requirementId).findFirst().orElse(null);
        }
    }

    public record RequirementTotals(long requirementId, String code, String name, Map<ComplianceState, Integer> counts,
            int percentCompliant) {

        public int count(String state) {
            return counts.getOrDefault(ComplianceState.valueOf(state), 0);
        }

        /** How many of the people shown the requirement applies to. */
        public int applicable() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The matrix: rows of the requested page, totals over every row that matched. */
    public record Matrix(List<RequirementTotals> requirements, List<Row> rows, int totalPeople, int page, int size,
            int totalPages) {
    }
}
