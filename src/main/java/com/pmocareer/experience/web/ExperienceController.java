package com.pmocareer.experience.web;

import com.pmocareer.platform.FormNumbers;
import com.pmocareer.experience.Ceremony;
import com.pmocareer.experience.CeremonyRole;
import com.pmocareer.experience.EntryStatus;
import com.pmocareer.experience.ExperienceLog;
import com.pmocareer.experience.ExperienceViews.CeremonyPractice;
import com.pmocareer.experience.ExperienceViews.EntryCommand;
import com.pmocareer.experience.ExperienceViews.EntryView;
import com.pmocareer.experience.ExperienceViews.ExperienceSummary;
import com.pmocareer.experience.ExperienceViews.LogPage;
import com.pmocareer.experience.ProcessGroup;
import com.pmocareer.experience.Projects;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** A person's experience: the log, the coverage charts, months leading projects, and confirmation by mentor or lead. */
@Controller
class ExperienceController {

    private final ExperienceLog log;
    private final Projects projects;
    private final PersonDirectory directory;
    private final JsonMapper json;

    ExperienceController(ExperienceLog log, Projects projects, PersonDirectory directory, JsonMapper json) {
        this.log = log;
        this.projects = projects;
        this.directory = directory;
        this.json = json;
    }

    @GetMapping("/experience")
    String mine(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:/people/" + user.personId() + "/experience";
    }

    @GetMapping("/people/{id}/experience")
    String experience(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) EntryStatus status, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("person", directory.get(user, id));
        LogPage experience = log.experience(user, id, status, PageRequest.of(page, 25));
        ExperienceSummary summary = experience.summary();
        model.addAttribute("summary", summary);
        model.addAttribute("entries", experience.entries());
        model.addAttribute("status", status);
        model.addAttribute("assignments", projects.assignmentsOf(user, id));
        model.addAttribute("isOwner", user.personId() == id);
        model.addAttribute("mayConfirm", log.mayConfirm(user, id));
        model.addAttribute("groups", ProcessGroup.values());
        model.addAttribute("ceremonies", Ceremony.values());
        model.addAttribute("ceremonyRoles", CeremonyRole.values());
        model.addAttribute("statuses", EntryStatus.values());
        model.addAttribute("groupChart", groupChart(summary));
        model.addAttribute("ceremonyChart", ceremonyChart(summary));
        model.addAttribute("today", LocalDate.now());
        return "experience/experience";
    }

    @PostMapping("/people/{id}/experience")
    String logEntry(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate untilOn,
            @RequestParam(required = false) String hours, @RequestParam(required = false) ProcessGroup processGroup,
            @RequestParam(required = false) String activity, @RequestParam(required = false) Ceremony ceremony,
            @RequestParam(required = false) CeremonyRole ceremonyRole, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        return ExperiencePages.OUTCOMES.attempt(redirect, "/people/" + id + "/experience", () -> {
            EntryView logged = log.log(user, id, new EntryCommand(projectId, occurredOn, untilOn,
                    FormNumbers.decimal("hours", hours), processGroup, activity, ceremony, ceremonyRole, description));
            return "Logged " + logged.hours().stripTrailingZeros().toPlainString() + " h: " + logged.activity()
                    + ". It counts as evidence once your mentor or lead confirms it.";
        });
    }

    @PostMapping("/experience/{entryId}/confirmation")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long entryId, @RequestParam boolean accepted,
            RedirectAttributes redirect) {
        long personId = log.get(user, entryId).personId();
        return ExperiencePages.OUTCOMES.attempt(redirect, "/people/" + personId + "/experience", () -> {
            EntryView confirmed = log.confirm(user, entryId, accepted);
            return (accepted ? "Confirmed: " : "Rejected: ") + confirmed.activity() + ".";
        });
    }

    @PostMapping("/experience/{entryId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long entryId, RedirectAttributes redirect) {
        EntryView entry = log.get(user, entryId);
        return ExperiencePages.OUTCOMES.attempt(redirect, "/people/" + entry.personId() + "/experience", () -> {
            log.remove(user, entryId);
            return "Removed: " + entry.activity() + ".";
        });
    }

    private String groupChart(ExperienceSummary summary) {
        List<String> labels = Arrays.stream(ProcessGroup.values()).map(ProcessGroup::label).toList();
        List<BigDecimal> hours = Arrays.stream(ProcessGroup.values())
                .map(g -> summary.hoursByGroup().getOrDefault(g, BigDecimal.ZERO)).toList();
        return json.writeValueAsString(Map.of("labels", labels, "datasets", List.of(dataset("Hours", hours))));
    }

    private String ceremonyChart(ExperienceSummary summary) {
        Map<Ceremony, CeremonyPractice> practice = new LinkedHashMap<>();
        summary.ceremonies().forEach(c -> practice.put(c.ceremony(), c));
        List<String> labels = Arrays.stream(Ceremony.values()).map(Ceremony::label).toList();
        List<Integer> facilitated = Arrays.stream(Ceremony.values())
                .map(c -> practice.containsKey(c) ? practice.get(c).facilitated() : 0).toList();
        List<Integer> attended = Arrays.stream(Ceremony.values())
                .map(c -> practice.containsKey(c) ? practice.get(c).attended() : 0).toList();
        return json.writeValueAsString(Map.of("labels", labels,
                "datasets", List.of(dataset("Facilitated", facilitated), dataset("Attended", attended))));
    }

    private static Map<String, Object> dataset(String label, List<?> data) {
        return Map.of("label", label, "data", data);
    }
}
