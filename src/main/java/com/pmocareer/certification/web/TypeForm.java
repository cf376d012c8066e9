package com.pmocareer.certification.web;

import com.pmocareer.certification.CertificationViews.RouteCommand;
import com.pmocareer.certification.CertificationViews.RuleCommand;
import com.pmocareer.certification.CertificationViews.RuleStatus;
import com.pmocareer.certification.CertificationViews.TypeCommand;
import com.pmocareer.certification.LedgerCategory;
import com.pmocareer.certification.RuleKind;
import com.pmocareer.people.EducationLevel;
import com.pmocareer.platform.FormNumbers;
import com.pmocareer.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The admin's editor of a certification type: categories, education levels and credential codes written as lists
 * separated by commas; empty rule and route rows are left out, so the page can offer blank rows to add one.
 */
public class TypeForm {

    static final int BLANK_RULES = 2;
    static final int BLANK_ROUTES = 1;

    private String code;
    private String issuer;
    private String name;
    private String level;
    private String suite;
    private String suiteRank;
    private String validityMonths;
    private String unitName;
    private String unitsRequired;
    private String carryOverMax;
    private String carryOverMonths;
    private String accepted;
    private boolean renewalByExam;
    private boolean renewalByHigher;
    private String renewalFee;
    private String examFee;
    private String currency;
    private String graceDays;
    private RuleStatus ruleStatus;
    private String source;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate checkedOn;
    private String notes;
    private List<RuleRow> rules = new ArrayList<>();
    private List<RouteRow> routes = new ArrayList<>();
    private Long version;

    static TypeForm of(TypeCommand c) {
        var form = new TypeForm();
        form.code = c.code();
        form.issuer = c.issuer();
        form.name = c.name();
        form.level = c.level();
        form.suite = c.suite();
        form.suiteRank = text(c.suiteRank());
        form.validityMonths = text(c.validityMonths());
        form.unitName = c.unitName();
        form.unitsRequired = text(c.unitsRequired());
        form.carryOverMax = text(c.carryOverMax());
        form.carryOverMonths = text(c.carryOverMonths());
        form.accepted = join(c.accepted());
        form.renewalByExam = Boolean.TRUE.equals(c.renewalByExam());
        form.renewalByHigher = Boolean.TRUE.equals(c.renewalByHigher());
        form.renewalFee = text(c.renewalFee());
        form.examFee = text(c.examFee());
        form.currency = c.currency();
        form.graceDays = text(c.graceDays());
        form.ruleStatus = c.ruleStatus();
        form.source = c.source();
        form.checkedOn = c.checkedOn();
        form.notes = c.notes();
        c.rules().forEach(r -> form.rules.add(new RuleRow(r.kind(), r.label(), join(r.categories()), text(r.amount()), text(r.within()))));
        c.routes().forEach(r -> form.routes.add(new RouteRow(r.label(), join(r.education()), Boolean.TRUE.equals(r.accreditedDegree()),
                text(r.monthsExperience()), text(r.windowMonths()), text(r.contactHours()),
                String.join(", ", r.hoursAlternatives()), String.join(", ", r.requiredCredentials()))));
        form.version = c.version();
        return form.withBlankRows();
    }

    TypeForm withBlankRows() {
        for (int i = 0; i < BLANK_RULES; i++) {
            rules.add(new RuleRow());
        }
        for (int i = 0; i < BLANK_ROUTES; i++) {
            routes.add(new RouteRow());
        }
        return this;
    }

    TypeCommand command() {
        List<RuleCommand> ruleCommands = rules.stream().filter(r -> !r.blank()).map(r -> new RuleCommand(r.kind,
                r.label, parse(r.categories, "rules.categories", LedgerCategory::valueOf), FormNumbers.decimal("rules.amount", r.amount),
                FormNumbers.whole("rules.within", r.within))).toList();
        List<RouteCommand> routeCommands = routes.stream().filter(r -> !r.blank()).map(r -> new RouteCommand(r.label,
                parse(r.education, "routes.education", EducationLevel::valueOf), r.accreditedDegree,
                FormNumbers.whole("routes.monthsExperience", r.monthsExperience), FormNumbers.whole("routes.windowMonths", r.windowMonths),
                FormNumbers.decimal("routes.contactHours", r.contactHours), codes(r.hoursAlternatives), codes(r.requiredCredentials))).toList();
        return new TypeCommand(code, issuer, name, level, suite, FormNumbers.whole("suiteRank", suiteRank),
                FormNumbers.whole("validityMonths", validityMonths), unitName, FormNumbers.decimal("unitsRequired", unitsRequired),
                FormNumbers.decimal("carryOverMax", carryOverMax), FormNumbers.whole("carryOverMonths", carryOverMonths),
                parse(accepted, "accepted", LedgerCategory::valueOf), renewalByExam, renewalByHigher,
                FormNumbers.decimal("renewalFee", renewalFee), FormNumbers.decimal("examFee", examFee), currency,
                FormNumbers.whole("graceDays", graceDays), ruleStatus, source, checkedOn, notes, ruleCommands, routeCommands, version);
    }

    private static <E extends Enum<E>> List<E> parse(String text, String field, Function<String, E> valueOf) {
        try {
            return words(text).stream().map(w -> valueOf.apply(w.toUpperCase(Locale.ROOT))).toList();
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of(field, "names something unknown: use the codes listed beside the field");
        }
    }

    private static List<String> codes(String text) {
        return words(text).stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(w -> !w.isEmpty()).toList();
    }

    private static String join(List<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }

    /** One renewal rule of the editor. */
    public static class RuleRow {
        private RuleKind kind;
        private String label;
        private String categories;
        private String amount;
        private String within;

        public RuleRow() {
        }

        RuleRow(RuleKind kind, String label, String categories, String amount, String within) {
            this.kind = kind;
            this.label = label;
            this.categories = categories;
            this.amount = amount;
            this.within = within;
        }

        boolean blank() {
            return (label == null || label.isBlank()) && (categories == null || categories.isBlank())
                    && (amount == null || amount.isBlank());
        }

        public RuleKind getKind() { return kind; }
        public void setKind(RuleKind kind) { this.kind = kind; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getCategories() { return categories; }
        public void setCategories(String categories) { this.categories = categories; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getWithin() { return within; }
        public void setWithin(String within) { this.within = within; }
    }

    /** One eligibility route of the editor. */
    public static class RouteRow {
        private String label;
        private String education;
        private boolean accreditedDegree;
        private String monthsExperience;
        private String windowMonths;
        private String contactHours;
        private String hoursAlternatives;
        private String requiredCredentials;

        public RouteRow() {
        }

        RouteRow(String label, String education, boolean accreditedDegree, String monthsExperience, String windowMonths,
                String contactHours, String hoursAlternatives, String requiredCredentials) {
            this.label = label;
            this.education = education;
            this.accreditedDegree = accreditedDegree;
            this.monthsExperience = monthsExperience;
            this.windowMonths = windowMonths;
            this.contactHours = contactHours;
            this.hoursAlternatives = hoursAlternatives;
            this.requiredCredentials = requiredCredentials;
        }

        boolean blank() {
            return label == null || label.isBlank();
        }

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getEducation() { return education; }
        public void setEducation(String education) { this.education = education; }
        public boolean isAccreditedDegree() { return accreditedDegree; }
        public void setAccreditedDegree(boolean accreditedDegree) { this.accreditedDegree = accreditedDegree; }
        public String getMonthsExperience() { return monthsExperience; }
        public void setMonthsExperience(String monthsExperience) { this.monthsExperience = monthsExperience; }
        public String getWindowMonths() { return windowMonths; }
        public void setWindowMonths(String windowMonths) { this.windowMonths = windowMonths; }
        public String getContactHours() { return contactHours; }
        public void setContactHours(String contactHours) { this.contactHours = contactHours; }
        public String getHoursAlternatives() { return hoursAlternatives; }
        public void setHoursAlternatives(String hoursAlternatives) { this.hoursAlternatives = hoursAlternatives; }
        public String getRequiredCredentials() { return requiredCredentials; }
        public void setRequiredCredentials(String requiredCredentials) { this.requiredCredentials = requiredCredentials; }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getSuite() { return suite; }
    public void setSuite(String suite) { this.suite = suite; }
    public String getSuiteRank() { return suiteRank; }
    public void setSuiteRank(String suiteRank) { this.suiteRank = suiteRank; }
    public String getValidityMonths() { return validityMonths; }
    public void setValidityMonths(String validityMonths) { this.validityMonths = validityMonths; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public String getUnitsRequired() { return unitsRequired; }
    public void setUnitsRequired(String unitsRequired) { this.unitsRequired = unitsRequired; }
    public String getCarryOverMax() { return carryOverMax; }
    public void setCarryOverMax(String carryOverMax) { this.carryOverMax = carryOverMax; }
    public String getCarryOverMonths() { return carryOverMonths; }
    public void setCarryOverMonths(String carryOverMonths) { this.carryOverMonths = carryOverMonths; }
    public String getAccepted() { return accepted; }
    public void setAccepted(String accepted) { this.accepted = accepted; }
    public boolean isRenewalByExam() { return renewalByExam; }
    public void setRenewalByExam(boolean renewalByExam) { this.renewalByExam = renewalByExam; }
    public boolean isRenewalByHigher() { return renewalByHigher; }
    public void setRenewalByHigher(boolean renewalByHigher) { this.renewalByHigher = renewalByHigher; }
    public String getRenewalFee() { return renewalFee; }
    public void setRenewalFee(String renewalFee) { this.renewalFee = renewalFee; }
    public String getExamFee() { return examFee; }
    public void setExamFee(String examFee) { this.examFee = examFee; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getGraceDays() { return graceDays; }
    public void setGraceDays(String graceDays) { this.graceDays = graceDays; }
    public RuleStatus getRuleStatus() { return ruleStatus; }
    public void setRuleStatus(RuleStatus ruleStatus) { this.ruleStatus = ruleStatus; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public void setCheckedOn(LocalDate checkedOn) { this.checkedOn = checkedOn; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<RuleRow> getRules() { return rules; }
    public void setRules(List<RuleRow> rules) { this.rules = rules; }
    public List<RouteRow> getRoutes() { return routes; }
    public void setRoutes(List<RouteRow> routes) { this.routes = routes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
