package com.pmocareer.learning;

import java.time.LocalDate;
import java.util.List;

/** Learning paths and a person's progress along them. */
public final class PathViews {

    private PathViews() {
    }

    public record PathItem(int position, long courseId, String courseCode, String courseTitle, boolean required) {
    }

    public record PathView(long id, String code, String name, String description, List<PathItem> items,
            List<String> assignedCareerLevels, long version) {

        public long requiredCount() {
            return items.stream().filter(PathItem::required).count();
        }
    }

    public record ItemCommand(Long courseId, Boolean required) {
    }

    public record PathCommand(String code, String name, String description, List<ItemCommand> items, Long version) {
    }

    /** A path assigned to one person ({@code personId}) or to everyone at a career level ({@code careerLevel}). */
    public record AssignCommand(Long personId, String careerLevel) {
    }

    public record ItemProgress(PathItem item, LocalDate completedOn) {
    }

    /** {@code percent} counts required items only: optional ones never hold a path back. */
    public record PathProgress(PathView path, boolean assigned, String assignedBecause, List<ItemProgress> items,
            int requiredDone, int requiredTotal, int percent) {
    }
}
