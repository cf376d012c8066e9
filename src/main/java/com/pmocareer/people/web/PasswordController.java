package com.pmocareer.people.web;

import com.pmocareer.people.AccountManagement;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user changes their own password. */
@Controller
class PasswordController {

    private final AccountManagement accounts;

    PasswordController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String page() {
        return "people/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal CurrentUser user, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmPassword, Model model,
            RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("confirmPasswordError", "The two new passwords differ");
            return "people/password";
        }
        try {
            accounts.changeOwnPassword(user, currentPassword, newPassword);
        } catch (InvalidInputException refused) {
            refused.problems().forEach(problem -> model.addAttribute(problem.field() + "Error",
                    "This " + problem.message()));
            return "people/password";
        }
        redirect.addFlashAttribute("success", "Your password was changed.");
        return "redirect:/";
    }
}
