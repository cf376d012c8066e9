package com.pmocareer.learning;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the catalog shows and takes. */
public final class CourseViews {

    private CourseViews() {
    }

    public record ProviderView(long id, String name, boolean inHouse, String contactName, String contactEmail,
            String contractRef) {
    }

    public record ProviderCommand(String name, Boolean inHouse, String contactName, String contactEmail,
            String contractRef) {
    }

    public record CourseCompetency(String code, String name, int targetLevel) {
    }

    public record CourseRef(long id, String code, String title) {
    }

    public record CourseView(long id, String code, String title, String summary, Topic topic, long providerId,
            String providerName, boolean inHouse, CourseFormat format, BigDecimal durationHours, BigDecimal cost,
            String currency, String language, CourseLevel level, boolean approvalRequired, boolean pmEducation,
            String externalUrl, boolean active, List<CourseCompetency> competencies, Map<UnitCategory, BigDecimal> units,
            List<CourseRef> prerequisites, long version) {

        /** Enrolment waits for a lead's yes when the course costs money or the catalog says so. */
        public boolean needsApproval() {
            return approvalRequired || cost.signum() > 0;
        }

        public CourseRef ref() {
            return new CourseRef(id, code, title);
        }
    }

    /** A catalog row: enough to choose, with the next open session. */
    public record CourseSummary(long id, String code, String title, Topic topic, CourseFormat format,
            BigDecimal durationHours, BigDecimal cost, String currency, CourseLevel level, String providerName,
            boolean active, List<String> competencyCodes, OffsetDateTime nextSessionAt) {
    }

    public record CourseCommand(String code, String title, String summary, Topic topic, Long providerId,
            CourseFormat format, BigDecimal durationHours, BigDecimal cost, String currency, String language,
            CourseLevel level, Boolean approvalRequired, Boolean pmEducation, String externalUrl, Boolean active,
            Map<String, Integer> competencies, Map<UnitCategory, BigDecimal> units, List<String> prerequisites,
            Long version) {

        public Map<String, Integer> competencyMap() {
            return competencies == null ? Map.of() : competencies;
        }

        public Map<UnitCategory, BigDecimal> unitMap() {
            return units == null ? Map.of() : units;
        }

        public List<String> prerequisiteCodes() {
            return prerequisites == null ? List.of() : prerequisites;
        }
    }

    /** Filters of the catalog search; every one is optional. */
    public record CatalogQuery(String q, Topic topic, CourseFormat format, String competency, Long providerId,
            boolean includeInactive) {

        public static CatalogQuery everything() {
            return new CatalogQuery(null, null, null, null, null, false);
        }
    }
}
