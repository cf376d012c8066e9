package com.pmocareer.mentoring.web;

import com.pmocareer.development.DevelopmentPlans;
import com.pmocareer.mentoring.JournalViews.ActionCommand;
import com.pmocareer.mentoring.JournalViews.AgreementCommand;
import com.pmocareer.mentoring.JournalViews.CloseOutCommand;
import com.pmocareer.mentoring.JournalViews.FeedbackCommand;
import com.pmocareer.mentoring.JournalViews.MentorshipPage;
import com.pmocareer.mentoring.JournalViews.SessionCommand;
import com.pmocareer.mentoring.MentoringJournal;
import com.pmocareer.platform.CurrentUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A mentorship's page: agreement, sessions with action items, feedback, close-out. */
@Controller
class MentoringJournalController {

    private final MentoringJournal journal;
    private final DevelopmentPlans plans;

    MentoringJournalController(MentoringJournal journal, DevelopmentPlans plans) {
        this.journal = journal;
        this.plans = plans;
    }

    @GetMapping("/mentorships/{id}")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        MentorshipPage page = journal.page(user, id);
        model.addAttribute("page", page);
        model.addAttribute("m", page.mentorship());
        if (page.mayWrite()) {
            model.addAttribute("menteeGoals", plans.plan(user, page.mentorship().menteeId(), null).goals());
        }
        model.addAttribute("linkedIds", page.linkedGoals().stream().map(g -> g.id()).toList());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("ratedSessions", page.feedback().stream().filter(f -> f.fromPersonId() == user.personId()
                && f.sessionId() != null).map(f -> f.sessionId()).toList());
        return "mentoring/mentorship";
    }

    @PostMapping("/mentorships/{id}/agreement")
    String agree(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String goals,
            @RequestParam(required = false) Integer cadenceDays,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd,
            @RequestParam(required = false) List<Long> goalIds, RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentorships/" + id, () -> {
            journal.agree(user, id, new AgreementCommand(goals, goalIds, cadenceDays, plannedEnd));
            return "Saved the agreement.";
        });
    }

    @PostMapping("/mentorships/{id}/sessions")
    String logSession(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
            @RequestParam(required = false) String timeZone, @RequestParam(required = false) Integer durationMinutes,
            @RequestParam(required = false) String topics, @RequestParam(required = false) String notes,
            @RequestParam(required = false) List<String> actionDescription, @RequestParam(required = false) List<Long> actionOwner,
            @RequestParam(required = false) List<String> actionDue, RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentorships/" + id, () -> {
            ZoneId zone = zone(timeZone);
            var actions = new ArrayList<ActionCommand>();
            for (int i = 0; actionDescription != null && i < actionDescription.size(); i++) {
                if (actionDescription.get(i) == null || actionDescription.get(i).isBlank()) {
                    continue;
                }
                String due = actionDue != null && i < actionDue.size() ? actionDue.get(i) : null;
                actions.add(new ActionCommand(actionDescription.get(i),
                        actionOwner != null && i < actionOwner.size() ? actionOwner.get(i) : null,
                        date(due)));
            }
            journal.logSession(user, id, new SessionCommand(startsAt == null ? null : startsAt.atZone(zone).toOffsetDateTime(),
                    durationMinutes, topics, notes, actions));
            return "Saved the session" + (actions.isEmpty() ? "." : " with " + actions.size()
                    + (actions.size() == 1 ? " action item." : " action items."));
        });
    }

    private static ZoneId zone(String timeZone) {
        try {
            return timeZone == null || timeZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timeZone.trim());
        } catch (java.time.DateTimeException unknown) {
            throw com.pmocareer.shared.InvalidInputException.of("timeZone", "must be a time zone such as Europe/Berlin");
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException malformed) {
            throw com.pmocareer.shared.InvalidInputException.of("actions[0].dueOn", "must be a date");
        }
    }

    @PostMapping("/mentorships/{id}/actions/{actionId}")
    String actionDone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long actionId,
            @RequestParam boolean done, RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentorships/" + id, () ->
                (done ? "Done: " : "Reopened: ") + journal.setActionDone(user, actionId, done).description() + ".");
    }

    @PostMapping("/mentorships/{id}/feedback")
    String feedback(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long sessionId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") java.time.YearMonth month,
            @RequestParam(required = false) Integer rating, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentorships/" + id, () -> {
            journal.giveFeedback(user, id, new FeedbackCommand(sessionId, month == null ? null : month.atDay(1), rating, comment));
            return "Thank you for the feedback.";
        });
    }

    @PostMapping("/mentorships/{id}/close-out")
    String closeOut(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentorships/" + id, () -> {
            journal.closeOut(user, id, new CloseOutCommand(summary));
            return "The mentorship is closed. Thank you both.";
        });
    }
}
