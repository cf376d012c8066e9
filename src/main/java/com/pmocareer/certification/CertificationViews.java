package com.pmocareer.certification;

import com.pmocareer.people.EducationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Read and write records of certification types, credentials and the ledger. */
public final class CertificationViews {

    private CertificationViews() {
    }

    /** CONFIRMED when the shipped rule comes from the reference sources; TO_BE_CONFIRMED shows an admin what to check. */
    public enum RuleStatus { CONFIRMED, TO_BE_CONFIRMED }

    public record CertificationTypeView(long id, String code, String issuer, String name, String level, String suite,
            Integer suiteRank, RenewalPolicy policy, boolean renewalByExam, boolean renewalByHigher, BigDecimal renewalFee,
            BigDecimal examFee, String currency, RuleStatus ruleStatus, String source, LocalDate checkedOn, String notes,
            List<EligibilityRoute> routes, long version) {

        public String validity() {
            return policy.lifetime() ? "Does not expire" : policy.validityMonths() + " months";
        }

        public String renewal() {
            if (policy.lifetime()) {
                return "None";
            }
            List<String> ways = new java.util.ArrayList<>();
            if (policy.renewsByUnits()) {
                ways.add(RenewalForecast.plain(policy.unitsRequired()) + " " + policy.unitName() + " per cycle");
            }
            if (renewalByExam) {
                ways.add("re-exam");
            }
            if (renewalByHigher) {
                ways.add("a higher credential of the suite");
            }
            if (ways.isEmpty()) {
                ways.add("renewal fee");
            }
            return String.join(" · ", ways);
        }
    }

    /** An admin's edit of a type, or a type of the shipped catalog; rules' {@code within} is a 1-based position. */
    public record TypeCommand(String code, String issuer, String name, String level, String suite, Integer suiteRank,
            Integer validityMonths, String unitName, BigDecimal unitsRequired, BigDecimal carryOverMax,
            Integer carryOverMonths, List<LedgerCategory> accepted, Boolean renewalByExam, Boolean renewalByHigher,
            BigDecimal renewalFee, BigDecimal examFee, String currency, Integer graceDays, RuleStatus ruleStatus,
            String source, LocalDate checkedOn, String notes, List<RuleCommand> rules, List<RouteCommand> routes,
            Long version) {
    }

    public record RuleCommand(RuleKind kind, String label, List<LedgerCategory> categories, BigDecimal amount, Integer within) {
    }

    public record RouteCommand(String label, List<EducationLevel> education, Boolean accreditedDegree,
            Integer monthsExperience, Integer windowMonths, BigDecimal contactHours, List<String> hoursAlternatives,
            List<String> requiredCredentials) {
    }

    /**
     * A credential held; {@code counted} and {@code needed} are the current cycle's total units, when units renew it;
     * {@code manualRenewals} are the ways of renewing it that someone records (re-exam, fee, a higher credential).
     */
    public record CredentialView(long id, long personId, String typeCode, String typeName, String issuer,
            String credentialNumber, LocalDate earnedOn, int cycleNumber, LocalDate cycleStart, LocalDate cycleEnd,
            CredentialStatus status, Long daysLeft, String verificationUrl, String evidenceName, boolean renewsByUnits,
            String unitName, BigDecimal counted, BigDecimal needed, List<RenewalRoute> manualRenewals, long version) {

        public int percent() {
            return CycleOutcome.percentOf(counted == null ? BigDecimal.ZERO : counted, needed);
        }
    }

    public record CredentialCommand(String typeCode, String credentialNumber, LocalDate earnedOn, String verificationUrl,
            Long version) {
    }

    public record RenewalCommand(RenewalRoute route, LocalDate renewedOn) {
    }

    /** A past cycle of a credential. */
    public record CycleView(int number, LocalDate start, LocalDate end, LocalDate renewedOn, RenewalRoute route,
            BigDecimal counted, BigDecimal carriedOver) {
    }

    /**
     * One credential's ledger: the current cycle rule by rule, the forecast, past cycles, how many entries count and the
     * newest of them ({@code countedEntries}; the claim list export has them all).
     */
    public record LedgerView(CredentialView credential, CycleOutcome cycle, RenewalForecast forecast, List<CycleView> pastCycles,
            int countedEntryCount, List<EntryView> countedEntries) {
    }

    /** {@code countsFor} maps credential codes to the units the entry counts for there in the current cycle. */
    public record EntryView(long id, long personId, LocalDate earnedOn, String title, String provider, LedgerSource source,
            BigDecimal hours, boolean pmEducation, java.util.Map<LedgerCategory, BigDecimal> units,
            java.util.Map<String, BigDecimal> countsFor, String note, String evidenceUrl, String evidenceName) {

        public boolean removable() {
            return source == LedgerSource.CLAIM;
        }
    }

    /** Units claimed by hand: one category or several; evidence as a file or a link. */
    public record ClaimCommand(String title, String provider, LocalDate earnedOn, BigDecimal hours,
            java.util.Map<LedgerCategory, BigDecimal> units, Boolean pmEducation, String note, String evidenceUrl) {
    }

    public record GoalView(long id, long personId, String personName, String typeCode, String typeName, GoalStatus status,
            LocalDate plannedExamOn, int attempts, BigDecimal examCost, BigDecimal courseCost, String currency,
            int budgetYear, BudgetStatus budgetStatus, String budgetNote, List<Long> courseIds, String notes,
            java.util.Set<GoalStatus> nextStatuses, long version) {

        public BigDecimal totalCost() {
            return examCost.add(courseCost);
        }
    }

    /** {@code examCost} defaults to the type's exam fee; the costs go to the team's budget of the exam's year. */
    public record GoalCommand(String typeCode, LocalDate plannedExamOn, BigDecimal examCost, BigDecimal courseCost,
            List<Long> courseIds, String notes, Long version) {
    }

    /** A move to the next status; {@code on} is the exam date for PASSED and FAILED (today when empty). */
    public record GoalProgress(GoalStatus status, LocalDate on, Long version) {
    }

    public record BudgetDecision(Boolean approved, String note, Long version) {
    }

    public record BudgetCommand(BigDecimal amount, String currency, Long version) {
    }

    /** A team's certification budget for a year: set, approved, requested and what is left. */
    public record TeamBudget(long orgUnitId, String orgUnitName, int year, BigDecimal amount, String currency,
            BigDecimal approved, BigDecimal requested, long version) {

        public BigDecimal remaining() {
            return amount.subtract(approved);
        }

        public int percentUsed() {
            return amount.signum() == 0 ? (approved.signum() > 0 ? 100 : 0)
                    : approved.multiply(BigDecimal.valueOf(100)).divide(amount, 0, java.math.RoundingMode.UP).min(BigDecimal.valueOf(100)).intValue();
        }
    }

    public record TeamCredential(long credentialId, long personId, String personName, String typeCode, String typeName,
            LocalDate cycleEnd, CredentialStatus status, Long daysLeft) {
    }

    /**
     * Holders per type, what expires soon (or is in grace: how many, and the soonest {@code expiringSoon}), and a page of
     * every credential of the viewer's people.
     */
    public record TeamView(int people, java.util.Map<String, Long> holdersByType, long expiringCount,
            List<TeamCredential> expiringSoon, com.pmocareer.shared.PageResponse<TeamCredential> credentials) {
    }

    /** Juniors of the viewer's people and whether each is eligible for a type now, or when at the current pace. */
    public record TeamEligibility(String typeCode, String typeName, List<PersonEligibility> people) {
    }

    public record PersonEligibility(long personId, String personName, boolean eligible, LocalDate earliest, String summary) {
    }
}
