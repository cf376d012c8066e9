package com.pmocareer.learning.web;

import com.pmocareer.learning.Activities;
import com.pmocareer.learning.Compliance;
import com.pmocareer.learning.ComplianceViews.RequirementView;
import com.pmocareer.learning.Enrollments;
import com.pmocareer.learning.LearningPaths;
import com.pmocareer.learning.LearningRecords;
import com.pmocareer.learning.RecordViews.HoursByMonth;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import com.pmocareer.people.PersonDirectory;
import tools.jackson.databind.json.JsonMapper;

/** A person's learning: enrolments, mandatory training, paths, completions and the hours chart. */
@Controller
class MyLearningController {

    private final Enrollments enrollments;
    private final Compliance compliance;
    private final LearningPaths paths;
    private final LearningRecords records;
    private final Activities activities;
    private final PersonDirectory directory;
    private final JsonMapper json;

    MyLearningController(Enrollments enrollments, Compliance compliance, LearningPaths paths, LearningRecords records,
            Activities activities, PersonDirectory directory, JsonMapper json) {
        this.enrollments = enrollments;
        this.compliance = compliance;
        this.paths = paths;
        this.records = records;
        this.activities = activities;
        this.directory = directory;
        this.json = json;
    }

    @GetMapping("/learning")
    String mine(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:/people/" + user.personId() + "/learning";
    }

    @GetMapping("/people/{id}/learning")
    String learning(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("person", directory.get(user, id));
        model.addAttribute("isOwner", user.personId() == id);
        model.addAttribute("mayManage", enrollments.manages(user, id));
        var all = enrollments.ofPerson(user, id);
        model.addAttribute("openEnrollments", all.stream().filter(e -> e.status().open()).toList());
        model.addAttribute("pastEnrollments", all.stream().filter(e -> !e.status().open()).toList());
        Map<Long, RequirementView> requirements = new LinkedHashMap<>();
        compliance.requirements(false).forEach(r -> requirements.put(r.id(), r));
        model.addAttribute("requirements", requirements);
        model.addAttribute("standing", compliance.standingOf(user, id));
        model.addAttribute("paths", paths.progressOf(user, id));
        model.addAttribute("records", records.records(user, id, PageRequest.of(page, 20)));
        HoursByMonth hours = records.hoursByMonth(user, id);
        model.addAttribute("hours", hours);
        model.addAttribute("hoursChart", chart(hours));
        model.addAttribute("activityTotals", activities.totals(user, id));
        return "learning/my-learning";
    }

    private String chart(HoursByMonth hours) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        hours.hoursByCategory().forEach((label, values) -> datasets.add(Map.of("label", label, "data", values)));
        return json.writeValueAsString(Map.of("labels", hours.months(), "datasets", datasets));
    }
}
