package com.pmocareer.certification;

import com.pmocareer.certification.CertificationViews.CertificationTypeView;
import com.pmocareer.certification.CertificationViews.RouteCommand;
import com.pmocareer.certification.CertificationViews.RuleCommand;
import com.pmocareer.certification.CertificationViews.RuleStatus;
import com.pmocareer.certification.CertificationViews.TypeCommand;
import com.pmocareer.people.EducationLevel;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.KeptByRevision;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification types with their eligibility routes and renewal rules: data an admin keeps true to the issuers'
 * published rules, with the source and the date they were checked. Every instance keeps the catalog in memory.
 */
@Service
@Transactional(readOnly = true)
public class CertificationCatalog {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final String ENTITY = "certification_type";

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final KeptByRevision<Map<String, CertificationTypeView>> types;

    CertificationCatalog(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
        this.types = new KeptByRevision<>(jdbc, "certification_revision", Duration.ofSeconds(1), Duration.ofMinutes(10));
    }

    public List<CertificationTypeView> all() {
        return List.copyOf(loaded().values());
    }

    public Optional<CertificationTypeView> find(String code) {
        return Optional.ofNullable(code == null ? null : loaded().get(code.toUpperCase()));
    }

    public CertificationTypeView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Certification type", code));
    }

    /** Every type by id, for work over many credentials: one call, not one per credential. */
    Map<Long, CertificationTypeView> byIds() {
        Map<Long, CertificationTypeView> byId = new java.util.HashMap<>();
        loaded().values().forEach(type -> byId.put(type.id(), type));
        return byId;
    }

    CertificationTypeView byId(long id) {
        return loaded().values().stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Certification type", id));
    }

    private Map<String, CertificationTypeView> loaded() {
        return types.get(this::read);
    }

    /** Creates a type or, for an existing code, replaces its rules and routes; admins only. */
    @Transactional
    public CertificationTypeView save(CurrentUser user, TypeCommand command) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Certification rules are kept by admins.");
        }
        validate(command);
        var existing = find(command.code());
        long id;
        if (existing.isPresent()) {
            if (command.version() == null || command.version() != existing.get().version()) {
                throw ConflictException.staleVersion("Certification type", command.code());
            }
            id = existing.get().id();
            update(id, command);
            auditLog.record(ENTITY, id, "UPDATED", Map.of("rules", existing.get().renewal()), Map.of("code", command.code()));
        } else {
            id = insert(command);
            auditLog.record(ENTITY, id, "CREATED", Map.of(), Map.of("code", command.code()));
        }
        types.changed();
        return read().values().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    /** For the shipped catalog: no user, no audit entry. */
    @Transactional
    void install(TypeCommand command) {
        validate(command);
        insert(command);
        types.changed();
    }

    private long insert(TypeCommand command) {
        var keys = new GeneratedKeyHolder();
        bind(jdbc.sql("""
                INSERT INTO certification_type (code, issuer, name, level, suite, suite_rank, validity_months, unit_name,
                    units_required, carry_over_max, carry_over_months, accepted_categories, renewal_by_exam, renewal_by_higher,
                    renewal_fee, exam_fee, currency, grace_days, rule_status, source, checked_on, notes, updated_at)
                VALUES (:code, :issuer, :name, :level, :suite, :suiteRank, :validity, :unitName, :unitsRequired, :carryMax,
                    :carryMonths, :accepted, :byExam, :byHigher, :renewalFee, :examFee, :currency, :grace, :ruleStatus,
                    :source, :checkedOn, :notes, :now)"""), command).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceRulesAndRoutes(id, command);
        return id;
    }

    private void update(long id, TypeCommand command) {
        bind(jdbc.sql("""
                UPDATE certification_type SET issuer = :issuer, name = :name, level = :level, suite = :suite,
                    suite_rank = :suiteRank, validity_months = :validity, unit_name = :unitName,
                    units_required = :unitsRequired, carry_over_max = :carryMax, carry_over_months = :carryMonths,
                    accepted_categories = :accepted, renewal_by_exam = :byExam, renewal_by_higher = :byHigher,
                    renewal_fee = :renewalFee, exam_fee = :examFee, currency = :currency, grace_days = :grace,
                    rule_status = :ruleStatus, source = :source, checked_on = :checkedOn, notes = :notes,
                    updated_at = :now, version = version + 1
                 WHERE code = :code"""), command).update();
        jdbc.sql("DELETE FROM certification_rule WHERE type_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM eligibility_route WHERE type_id = :id").param("id", id).update();
        replaceRulesAndRoutes(id, command);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, TypeCommand c) {
        return sql.param("code", c.code()).param("issuer", c.issuer().trim()).param("name", c.name().trim())
                .param("level", c.level().trim().toUpperCase()).param("suite", FieldChecks.blankToNull(c.suite()))
                .param("suiteRank", c.suiteRank()).param("validity", c.validityMonths())
                .param("unitName", FieldChecks.blankToNull(c.unitName())).param("unitsRequired", c.unitsRequired())
                .param("carryMax", c.carryOverMax() == null ? BigDecimal.ZERO : c.carryOverMax())
                .param("carryMonths", c.carryOverMonths() == null ? 0 : c.carryOverMonths())
                .param("accepted", names(c.accepted())).param("byExam", Boolean.TRUE.equals(c.renewalByExam()))
                .param("byHigher", Boolean.TRUE.equals(c.renewalByHigher())).param("renewalFee", c.renewalFee())
                .param("examFee", c.examFee()).param("currency", c.currency() == null ? "USD" : c.currency().toUpperCase())
                .param("grace", c.graceDays() == null ? 0 : c.graceDays()).param("ruleStatus", c.ruleStatus().name())
                .param("source", c.source().trim()).param("checkedOn", c.checkedOn())
                .param("notes", FieldChecks.blankToNull(c.notes())).param("now", OffsetDateTime.now(clock));
    }

    private void replaceRulesAndRoutes(long id, TypeCommand command) {
        List<RuleCommand> rules = command.rules() == null ? List.of() : command.rules();
        for (int i = 0; i < rules.size(); i++) {
            RuleCommand rule = rules.get(i);
            jdbc.sql("""
                    INSERT INTO certification_rule (type_id, position, kind, label, categories, amount, within_position)
                    VALUES (:type, :position, :kind, :label, :categories, :amount, :within)""")
                    .param("type", id).param("position", i + 1).param("kind", rule.kind().name())
                    .param("label", rule.label().trim()).param("categories", names(rule.categories()))
                    .param("amount", rule.amount()).param("within", rule.within()).update();
        }
        List<RouteCommand> routes = command.routes() == null ? List.of() : command.routes();
        for (int i = 0; i < routes.size(); i++) {
            RouteCommand route = routes.get(i);
            jdbc.sql("""
                    INSERT INTO eligibility_route (type_id, position, label, education_levels, accredited_degree,
                        months_experience, window_months, contact_hours, hours_alternatives, required_credentials)
                    VALUES (:type, :position, :label, :education, :accredited, :months, :window, :hours, :alternatives, :required)""")
                    .param("type", id).param("position", i + 1).param("label", route.label().trim())
                    .param("education", names(route.education())).param("accredited", Boolean.TRUE.equals(route.accreditedDegree()))
                    .param("months", route.monthsExperience()).param("window", route.windowMonths())
                    .param("hours", route.contactHours()).param("alternatives", codes(route.hoursAlternatives()))
                    .param("required", codes(route.requiredCredentials())).update();
        }
    }

    private Map<String, CertificationTypeView> read() {
        Map<Long, List<RenewalRule>> rules = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM certification_rule ORDER BY type_id, position").query(rs -> {
            rules.computeIfAbsent(rs.getLong("type_id"), k -> new ArrayList<>()).add(new RenewalRule(rs.getInt("position"),
                    RuleKind.valueOf(rs.getString("kind")), rs.getString("label"),
                    categories(rs.getString("categories")), rs.getBigDecimal("amount"), integer(rs.getObject("within_position"))));
        });
        Map<Long, List<EligibilityRoute>> routes = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM eligibility_route ORDER BY type_id, position").query(rs -> {
            routes.computeIfAbsent(rs.getLong("type_id"), k -> new ArrayList<>()).add(new EligibilityRoute(
                    rs.getInt("position"), rs.getString("label"), education(rs.getString("education_levels")),
                    rs.getBoolean("accredited_degree"), integer(rs.getObject("months_experience")),
                    integer(rs.getObject("window_months")), rs.getBigDecimal("contact_hours"),
                    split(rs.getString("hours_alternatives")), split(rs.getString("required_credentials"))));
        });
        Map<String, CertificationTypeView> byCode = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM certification_type ORDER BY issuer, suite_rank, name").query(rs -> {
            long id = rs.getLong("id");
            var policy = new RenewalPolicy(integer(rs.getObject("validity_months")), rs.getString("unit_name"),
                    rs.getBigDecimal("units_required"), categories(rs.getString("accepted_categories")),
                    rules.getOrDefault(id, List.of()), rs.getBigDecimal("carry_over_max"), rs.getInt("carry_over_months"),
                    rs.getInt("grace_days"));
            byCode.put(rs.getString("code"), new CertificationTypeView(id, rs.getString("code"), rs.getString("issuer"),
                    rs.getString("name"), rs.getString("level"), rs.getString("suite"), integer(rs.getObject("suite_rank")),
                    policy, rs.getBoolean("renewal_by_exam"), rs.getBoolean("renewal_by_higher"),
                    rs.getBigDecimal("renewal_fee"), rs.getBigDecimal("exam_fee"), rs.getString("currency"),
                    RuleStatus.valueOf(rs.getString("rule_status")), rs.getString("source"),
                    rs.getObject("checked_on", java.time.LocalDate.class), rs.getString("notes"),
                    routes.getOrDefault(id, List.of()), rs.getLong("version")));
        });
        return java.util.Collections.unmodifiableMap(byCode);
    }

    /** The type as an edit command, for the admin's editor and for changes made on the admin's behalf. */
    public TypeCommand command(String code) {
        CertificationTypeView t = get(code);
        RenewalPolicy p = t.policy();
        List<RuleCommand> rules = p.rules().stream().map(r -> new RuleCommand(r.kind(), r.label(),
                r.categories().stream().sorted().toList(), r.amount(), r.within())).toList();
        List<RouteCommand> routes = t.routes().stream().map(r -> new RouteCommand(r.label(),
                r.educationLevels().stream().sorted().toList(), r.accreditedDegree(), r.monthsExperience(), r.windowMonths(),
                r.contactHours(), r.hoursAlternatives(), r.requiredCredentials())).toList();
        return new TypeCommand(t.code(), t.issuer(), t.name(), t.level(), t.suite(), t.suiteRank(), p.validityMonths(),
                p.unitName(), p.unitsRequired(), p.carryOverMax(), p.carryOverMonths(), p.accepted().stream().sorted().toList(),
                t.renewalByExam(), t.renewalByHigher(), t.renewalFee(), t.examFee(), t.currency(), p.graceDays(),
                t.ruleStatus(), t.source(), t.checkedOn(), t.notes(), rules, routes, t.version());
    }

    /** The demo PMO's own settings, written as if by its admin. */
    @Transactional
    void replaceForDemo(TypeCommand command) {
        validate(command);
        update(get(command.code()).id(), command);
        types.changed();
    }

    /** The policy a command describes, as the catalog will read it back; for tests of the shipped rules. */
    static RenewalPolicy policyOf(TypeCommand c) {
        List<RuleCommand> commands = c.rules() == null ? List.of() : c.rules();
        List<RenewalRule> rules = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            RuleCommand rule = commands.get(i);
            rules.add(new RenewalRule(i + 1, rule.kind(), rule.label(), Set.copyOf(rule.categories()), rule.amount(), rule.within()));
        }
        return new RenewalPolicy(c.validityMonths(), c.unitName(), c.unitsRequired(),
                c.accepted() == null ? Set.of() : Set.copyOf(c.accepted()), rules, c.carryOverMax(),
                c.carryOverMonths() == null ? 0 : c.carryOverMonths(), c.graceDays() == null ? 0 : c.graceDays());
    }

    static List<EligibilityRoute> routesOf(TypeCommand c) {
        List<RouteCommand> commands = c.routes() == null ? List.of() : c.routes();
        List<EligibilityRoute> routes = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            RouteCommand r = commands.get(i);
            routes.add(new EligibilityRoute(i + 1, r.label(), r.education() == null ? Set.of() : Set.copyOf(r.education()),
                    Boolean.TRUE.equals(r.accreditedDegree()), r.monthsExperience(), r.windowMonths(), r.contactHours(),
                    r.hoursAlternatives() == null ? List.of() : r.hoursAlternatives(),
                    r.requiredCredentials() == null ? List.of() : r.requiredCredentials()));
        }
        return routes;
    }

    private void validate(TypeCommand c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.code() == null || !CODE.matcher(c.code()).matches()) {
            problems.add(new FieldProblem("code", "use 2–40 capital letters, digits or _ such as PMP"));
        }
        FieldChecks.requireText(problems, "issuer", c.issuer(), 80);
        FieldChecks.requireText(problems, "name", c.name(), 160);
        FieldChecks.requireText(problems, "level", c.level(), 20);
        FieldChecks.requireText(problems, "source", c.source(), 1000);
        FieldChecks.limitText(problems, "notes", c.notes(), 2000);
        FieldChecks.limitText(problems, "suite", c.suite(), 40);
        FieldChecks.limitText(problems, "unitName", c.unitName(), 20);
        if (c.ruleStatus() == null) {
            problems.add(new FieldProblem("ruleStatus", "say CONFIRMED or TO_BE_CONFIRMED"));
        }
        if (c.checkedOn() == null) {
            problems.add(new FieldProblem("checkedOn", "give the date the rule was checked against its source"));
        }
        if (c.validityMonths() != null && (c.validityMonths() < 1 || c.validityMonths() > 240)) {
            problems.add(new FieldProblem("validityMonths", "must be 1 to 240, or empty for a credential that does not expire"));
        }
        if (c.graceDays() != null && (c.graceDays() < 0 || c.graceDays() > 730)) {
            problems.add(new FieldProblem("graceDays", "must be 0 to 730"));
        }
        if (c.currency() != null && !c.currency().matches("[A-Za-z]{3}")) {
            problems.add(new FieldProblem("currency", "use a three-letter code such as USD"));
        }
        amount(problems, "unitsRequired", c.unitsRequired(), false);
        amount(problems, "carryOverMax", c.carryOverMax(), true);
        amount(problems, "renewalFee", c.renewalFee(), true);
        amount(problems, "examFee", c.examFee(), true);
        if (c.carryOverMonths() != null && (c.carryOverMonths() < 0 || c.carryOverMonths() > 36)) {
            problems.add(new FieldProblem("carryOverMonths", "must be 0 to 36"));
        }
        boolean unitsRenew = c.unitsRequired() != null && c.unitsRequired().signum() > 0;
        if (unitsRenew && c.validityMonths() == null) {
            problems.add(new FieldProblem("unitsRequired", "a credential that does not expire needs no units"));
        }
        if (unitsRenew && (c.accepted() == null || c.accepted().isEmpty())) {
            problems.add(new FieldProblem("accepted", "name the ledger categories that count towards the units"));
        }
        Set<LedgerCategory> accepted = c.accepted() == null ? Set.of() : c.accepted().stream().filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LedgerCategory.class)));
        validateRules(problems, c.rules() == null ? List.of() : c.rules(), accepted);
        validateRoutes(problems, c.routes() == null ? List.of() : c.routes());
        FieldChecks.refuseIfAny("Some fields are invalid; the certification type was not saved.", problems);
    }

    private static void validateRules(List<FieldProblem> problems, List<RuleCommand> rules, Set<LedgerCategory> accepted) {
        for (int i = 0; i < rules.size(); i++) {
            RuleCommand rule = rules.get(i);
            String at = "rules[" + i + "].";
            if (rule == null || rule.kind() == null) {
                problems.add(new FieldProblem(at + "kind", "choose MINIMUM, CAP or YEARLY_MINIMUM"));
                continue;
            }
            FieldChecks.requireText(problems, at + "label", rule.label(), 160);
            if (rule.categories() == null || rule.categories().isEmpty() || rule.categories().stream().anyMatch(Objects::isNull)) {
                problems.add(new FieldProblem(at + "categories", "name one or more ledger categories"));
            } else if (!accepted.containsAll(rule.categories())) {
                problems.add(new FieldProblem(at + "categories", "may only name categories that count for the credential"));
            }
            if (rule.amount() == null || rule.amount().signum() <= 0 || rule.amount().compareTo(BigDecimal.valueOf(10000)) > 0) {
                problems.add(new FieldProblem(at + "amount", "must be above 0 and at most 10000"));
            }
            if (rule.within() != null) {
                int parent = rule.within() - 1;
                if (rule.kind() != RuleKind.CAP || parent < 0 || parent >= i || rules.get(parent) == null
                        || rules.get(parent).kind() != RuleKind.CAP) {
                    problems.add(new FieldProblem(at + "within", "a cap sits within an earlier cap: give that cap's position"));
                } else if (rule.categories() != null && rules.get(parent).categories() != null
                        && !rules.get(parent).categories().containsAll(rule.categories())) {
                    problems.add(new FieldProblem(at + "categories", "must be among the categories of the cap it sits within"));
                }
            }
        }
    }

    private static void validateRoutes(List<FieldProblem> problems, List<RouteCommand> routes) {
        for (int i = 0; i < routes.size(); i++) {
            RouteCommand route = routes.get(i);
            String at = "routes[" + i + "].";
            if (route == null) {
                problems.add(new FieldProblem(at + "label", "describe the route"));
                continue;
            }
            FieldChecks.requireText(problems, at + "label", route.label(), 200);
            if (route.monthsExperience() != null && (route.monthsExperience() < 1 || route.monthsExperience() > 600)) {
                problems.add(new FieldProblem(at + "monthsExperience", "must be 1 to 600"));
            }
            if (route.windowMonths() != null && (route.windowMonths() < 1 || route.windowMonths() > 600
                    || route.monthsExperience() != null && route.windowMonths() < route.monthsExperience())) {
                problems.add(new FieldProblem(at + "windowMonths", "must be 1 to 600 and hold the months of experience"));
            }
            if (route.contactHours() != null && (route.contactHours().signum() <= 0 || route.contactHours().compareTo(BigDecimal.valueOf(1000)) > 0)) {
                problems.add(new FieldProblem(at + "contactHours", "must be above 0 and at most 1000"));
            }
            for (String code : concat(route.hoursAlternatives(), route.requiredCredentials())) {
                if (code == null || !CODE.matcher(code.trim().toUpperCase()).matches()) {
                    problems.add(new FieldProblem(at + "requiredCredentials", "name credentials by their codes such as CAPM"));
                    break;
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a == null ? List.of() : a);
        all.addAll(b == null ? List.of() : b);
        return all;
    }

    private static void amount(List<FieldProblem> problems, String field, BigDecimal value, boolean zeroAllowed) {
        if (value != null && (value.signum() < 0 || !zeroAllowed && value.signum() == 0
                || value.compareTo(BigDecimal.valueOf(100000)) > 0 || value.scale() > 2)) {
            problems.add(new FieldProblem(field, "must be " + (zeroAllowed ? "0" : "above 0") + " to 100000 with at most 2 decimals"));
        }
    }

    private static String names(List<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().filter(Objects::nonNull).map(Enum::name).distinct().collect(Collectors.joining(","));
    }

    private static String codes(List<String> values) {
        return values == null ? "" : values.stream().filter(Objects::nonNull).map(v -> v.trim().toUpperCase())
                .filter(v -> !v.isEmpty()).distinct().collect(Collectors.joining(","));
    }

    static Set<LedgerCategory> categories(String names) {
        return split(names).stream().map(LedgerCategory::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(LedgerCategory.class)));
    }

    private static Set<EducationLevel> education(String names) {
        return split(names).stream().map(EducationLevel::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(EducationLevel.class)));
    }

    private static List<String> split(String values) {
        return values == null || values.isBlank() ? List.of() : Arrays.stream(values.split(",")).map(String::trim).toList();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
