package com.pmocareer.learning.web;

import com.pmocareer.learning.CourseFormat;
import com.pmocareer.learning.CourseLevel;
import com.pmocareer.learning.CourseViews.CourseCommand;
import com.pmocareer.learning.CourseViews.CourseView;
import com.pmocareer.learning.Topic;
import com.pmocareer.learning.UnitCategory;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The admin's course form: competencies written as SCRUM:2, AGILE:2, prerequisites as course codes separated by
 * commas, one amount per unit category.
 */
public class CourseForm {

    private String code;
    private String title;
    private String summary;
    private Topic topic;
    private Long providerId;
    private CourseFormat format;
    private String durationHours;
    private String cost;
    private String currency = "EUR";
    private String language = "en";
    private CourseLevel level = CourseLevel.INTRODUCTORY;
    private boolean approvalRequired;
    private boolean pmEducation;
    private String externalUrl;
    private boolean active = true;
    private String competencies;
    private String prerequisites;
    private Map<UnitCategory, String> units = new EnumMap<>(UnitCategory.class);
    private Long version;

    static CourseForm of(CourseView course) {
        var form = new CourseForm();
        form.code = course.code();
        form.title = course.title();
        form.summary = course.summary();
        form.topic = course.topic();
        form.providerId = course.providerId();
        form.format = course.format();
        form.durationHours = course.durationHours().stripTrailingZeros().toPlainString();
        form.cost = course.cost().stripTrailingZeros().toPlainString();
        form.currency = course.currency();
        form.language = course.language();
        form.level = course.level();
        form.approvalRequired = course.approvalRequired();
        form.pmEducation = course.pmEducation();
        form.externalUrl = course.externalUrl();
        form.active = course.active();
        form.competencies = course.competencies().stream().map(c -> c.code() + ":" + c.targetLevel()).collect(Collectors.joining(", "));
        form.prerequisites = course.prerequisites().stream().map(p -> p.code()).collect(Collectors.joining(", "));
        course.units().forEach((category, amount) -> form.units.put(category, amount.toPlainString()));
        form.version = course.version();
        return form;
    }

    CourseCommand toCommand() {
        var problems = new ArrayList<FieldProblem>();
        Map<String, Integer> competencyLevels = new LinkedHashMap<>();
        if (competencies != null && !competencies.isBlank()) {
            for (String pair : competencies.split(",")) {
                String[] parts = pair.trim().split(":");
                if (parts.length != 2 || !parts[1].trim().matches("\\d{1,2}")) {
                    problems.add(new FieldProblem("competencies", "write each as CODE:level, e.g. SCRUM:2 (\"" + pair.trim() + "\")"));
                } else {
                    competencyLevels.put(parts[0].trim().toUpperCase(), Integer.parseInt(parts[1].trim()));
                }
            }
        }
        Map<UnitCategory, BigDecimal> amounts = new EnumMap<>(UnitCategory.class);
        units.forEach((category, text) -> {
            if (text != null && !text.isBlank()) {
                BigDecimal amount = number(text, "units." + category, problems);
                if (amount != null && amount.signum() != 0) {
                    amounts.put(category, amount);
                }
            }
        });
        BigDecimal hours = number(durationHours, "durationHours", problems);
        BigDecimal price = cost == null || cost.isBlank() ? BigDecimal.ZERO : number(cost, "cost", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The course was not saved", problems);
        }
        List<String> prerequisiteCodes = prerequisites == null || prerequisites.isBlank() ? List.of()
                : Arrays.stream(prerequisites.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new CourseCommand(code, title, summary, topic, providerId, format, hours, price, currency, language, level,
                approvalRequired, pmEducation, externalUrl, active, competencyLevels, amounts, prerequisiteCodes, version);
    }

    private static BigDecimal number(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "must be a number"));
            return null;
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public Long getProviderId() { return providerId; }
    public void setProviderId(Long providerId) { this.providerId = providerId; }
    public CourseFormat getFormat() { return format; }
    public void setFormat(CourseFormat format) { this.format = format; }
    public String getDurationHours() { return durationHours; }
    public void setDurationHours(String durationHours) { this.durationHours = durationHours; }
    public String getCost() { return cost; }
    public void setCost(String cost) { this.cost = cost; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public CourseLevel getLevel() { return level; }
    public void setLevel(CourseLevel level) { this.level = level; }
    public boolean isApprovalRequired() { return approvalRequired; }
    public void setApprovalRequired(boolean approvalRequired) { this.approvalRequired = approvalRequired; }
    public boolean isPmEducation() { return pmEducation; }
    public void setPmEducation(boolean pmEducation) { this.pmEducation = pmEducation; }
    public String getExternalUrl() { return externalUrl; }
    public void setExternalUrl(String externalUrl) { this.externalUrl = externalUrl; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getCompetencies() { return competencies; }
    public void setCompetencies(String competencies) { this.competencies = competencies; }
    public String getPrerequisites() { return prerequisites; }
    public void setPrerequisites(String prerequisites) { this.prerequisites = prerequisites; }
    public Map<UnitCategory, String> getUnits() { return units; }
    public void setUnits(Map<UnitCategory, String> units) { this.units = units; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
