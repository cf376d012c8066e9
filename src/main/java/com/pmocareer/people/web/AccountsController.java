package com.pmocareer.people.web;

import com.pmocareer.people.AccountManagement;
import com.pmocareer.people.AccountView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.Role;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts and roles (ADMIN, as all of /admin). */
@Controller
class AccountsController {

    private final AccountManagement accounts;

    AccountsController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("accounts", accounts.list(user, new PageRequest(page, 50)));
        return "people/accounts";
    }

    @GetMapping("/admin/accounts/{personId}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, Model model) {
        AccountView account = accounts.get(user, personId);
        return form(model, account, AccountFormData.of(account));
    }

    @PostMapping("/admin/accounts/{personId}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @Valid @ModelAttribute("form") AccountFormData form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        AccountView account = accounts.get(user, personId);
        if (errors.hasErrors()) {
            return form(model, account, form);
        }
        try {
            accounts.save(user, personId, form.toCommand());
        } catch (ConflictException refused) {
            errors.reject("conflict", refused.getMessage());
            return form(model, account, form);
        }
        redirect.addFlashAttribute("success", "The account of " + account.fullName() + " was saved.");
        return "redirect:/admin/accounts/" + personId;
    }

    @PostMapping("/admin/accounts/{personId}/unlock")
    String unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, RedirectAttributes redirect) {
        accounts.unlock(user, personId);
        redirect.addFlashAttribute("success", "Sign-in is unlocked.");
        return "redirect:/admin/accounts/" + personId;
    }

    private static String form(Model model, AccountView account, AccountFormData form) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("allRoles", Role.values());
        return "people/account";
    }
}
