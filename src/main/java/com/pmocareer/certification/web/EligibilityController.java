package com.pmocareer.certification.web;

import com.pmocareer.certification.EligibilityChecker;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The eligibility checker: every certification for a person, one in detail with each requirement's have and need. */
@Controller
class EligibilityController {

    private final EligibilityChecker eligibility;
    private final PersonDirectory directory;

    EligibilityController(EligibilityChecker eligibility, PersonDirectory directory) {
        this.eligibility = eligibility;
        this.directory = directory;
    }

    @GetMapping("/people/{id}/eligibility")
    String eligibility(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String type, Model model) {
        model.addAttribute("person", directory.get(user, id));
        var all = eligibility.checkAll(user, id);
        model.addAttribute("all", all);
        String chosen = type == null || type.isBlank() ? "PMP" : type.toUpperCase();
        model.addAttribute("chosen", all.stream().filter(e -> e.typeCode().equals(chosen)).findFirst().orElse(all.isEmpty() ? null : all.get(0)));
        return "certification/eligibility";
    }
}
