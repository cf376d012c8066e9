package com.pmocareer.notification.web;

import com.pmocareer.notification.ScheduledScans;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's page of scheduled scans. */
@Controller
class ScansController {

    private final ScheduledScans scans;

    ScansController(ScheduledScans scans) {
        this.scans = scans;
    }

    @GetMapping("/admin/scans")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("scans", scans.list(user));
        return "notification/scans";
    }

    @PostMapping("/admin/scans/{name}/run")
    String run(@AuthenticationPrincipal CurrentUser user, @PathVariable String name, RedirectAttributes redirect) {
        try {
            var run = scans.runNow(user, name);
            redirect.addFlashAttribute("success", "The scan ran in " + run.durationMillis() + " ms and wrote "
                    + run.notifications() + " new notifications.");
        } catch (ConflictException tooSoon) {
            redirect.addFlashAttribute("warning", tooSoon.getMessage());
        }
        return "redirect:/admin/scans";
    }
}
