package com.pmocareer.reporting.web;

import com.pmocareer.competency.AssessmentRounds;
import com.pmocareer.competency.PromotionReadiness;
import com.pmocareer.development.DevelopmentPlans;
import com.pmocareer.onboarding.OnboardingOverview;
import com.pmocareer.onboarding.OnboardingPlans;
import com.pmocareer.onboarding.PmoDocuments;
import com.pmocareer.people.AccountManagement;
import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.CareerLevels;
import com.pmocareer.people.PeopleQuery;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.AuditQuery;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** One home page whose sections follow the user's roles. */
@Controller
class HomeController {

    private final PersonDirectory directory;
    private final CareerLevels careerLevels;
    private final AccountManagement accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final DevelopmentPlans plans;
    private final PromotionReadiness readiness;
    private final AssessmentRounds rounds;
    private final MentorRelations mentors;
    private final OnboardingPlans onboarding;
    private final OnboardingOverview onboardingOverview;
    private final PmoDocuments documents;

    HomeController(PersonDirectory directory, CareerLevels careerLevels, AccountManagement accounts,
            AuditLog auditLog, Clock clock, DevelopmentPlans plans, PromotionReadiness readiness,
            AssessmentRounds rounds, MentorRelations mentors, OnboardingPlans onboarding,
            OnboardingOverview onboardingOverview, PmoDocuments documents) {
        this.onboarding = onboarding;
        this.onboardingOverview = onboardingOverview;
        this.documents = documents;
        this.plans = plans;
        this.readiness = readiness;
        this.rounds = rounds;
        this.mentors = mentors;
        this.directory = directory;
        this.careerLevels = careerLevels;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        var me = directory.get(user, user.personId());
        model.addAttribute("me", me);
        model.addAttribute("monthsInPmo", ChronoUnit.MONTHS.between(me.startDate(), LocalDate.now(clock)));
        model.addAttribute("invitations", rounds.invitations(user));
        model.addAttribute("documentsToAcknowledge", documents.toAcknowledgeAgain(user.personId()));
        model.addAttribute("onboarding", runningOnboarding(user, user.personId()));
        if (user.isLead() || user.isAdmin()) {
            model.addAttribute("onboardingTotals", onboardingOverview.overview(user, null, false, new PageRequest(0, 1)).totals());
        }
        if (user.isJunior()) {
            model.addAttribute("plan", plans.plan(user, user.personId(), null));
            model.addAttribute("readiness", readiness.forPerson(user, user.personId()));
        }
        if (user.isMentor()) {
            model.addAttribute("mentees", mentors.currentMenteesOf(user.personId()).stream()
                    .filter(id -> directory.canSee(user, id))
                    .map(id -> new Mentee(readiness.forPerson(user, id), plans.plan(user, id, null), runningOnboarding(user, id)))
                    .sorted(java.util.Comparator.comparing(m -> m.readiness().person().fullName())).toList());
        }
        if (user.isLead()) {
            model.addAttribute("mostReady", readiness.list(user, null, new PageRequest(0, 5)));
        }
        if (user.isLead() || user.isAdmin()) {
            model.addAttribute("headcount", directory.headcountByCareerLevel(user));
            model.addAttribute("careerLevels", careerLevels.all());
            model.addAttribute("visiblePeople", directory.search(user, PeopleQuery.everyone(), new PageRequest(0, 1))
                    .page().totalElements());
        }
        if (user.isAdmin()) {
            model.addAttribute("accountCount", accounts.list(user, new PageRequest(0, 1)).page().totalElements());
            model.addAttribute("recentChanges", auditLog.search(AuditQuery.all(), new PageRequest(0, 5)).content());
        }
        return "reporting/home";
    }

    private com.pmocareer.onboarding.PlanViews.PlanView runningOnboarding(CurrentUser user, long personId) {
        if (!onboarding.hasPlan(user, personId)) {
            return null;
        }
        var plan = onboarding.plan(user, personId);
        return plan.status() == com.pmocareer.onboarding.PlanStatus.ACTIVE ? plan : null;
    }

    /** A mentee as the mentor's home page shows them, with their onboarding while it runs. */
    record Mentee(com.pmocareer.competency.ReadinessReport readiness, com.pmocareer.development.PlanView plan,
            com.pmocareer.onboarding.PlanViews.PlanView onboarding) {
    }
}
