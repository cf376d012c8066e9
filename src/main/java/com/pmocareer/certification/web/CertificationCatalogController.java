package com.pmocareer.certification.web;

import com.pmocareer.certification.CertificationCatalog;
import com.pmocareer.certification.CertificationViews.RuleStatus;
import com.pmocareer.certification.LedgerCategory;
import com.pmocareer.certification.RuleKind;
import com.pmocareer.people.EducationLevel;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The certification catalog with its rules for everyone, and the admin's editor of a type. */
@Controller
class CertificationCatalogController {

    private final CertificationCatalog catalog;
    private final Clock clock;

    CertificationCatalogController(CertificationCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/certifications/catalog")
    String catalog(Model model) {
        model.addAttribute("types", catalog.all());
        return "certification/catalog";
    }

    @GetMapping("/admin/certifications/{code}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        user.requireAdmin("Certification rules are kept by admins.");
        TypeForm form = "new".equals(code) ? blank() : TypeForm.of(catalog.command(code));
        return editor(model, form, "new".equals(code));
    }

    @PostMapping("/admin/certifications/{code}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @ModelAttribute("form") TypeForm form,
            Model model, RedirectAttributes redirect) {
        user.requireAdmin("Certification rules are kept by admins.");
        boolean creating = "new".equals(code);
        try {
            if (!creating) {
                form.setCode(code);
            }
            var saved = catalog.save(user, form.command());
            redirect.addFlashAttribute("success", "Saved " + saved.name() + ": " + saved.renewal() + ".");
            return "redirect:/certifications/catalog#type-" + saved.code();
        } catch (InvalidInputException | ConflictException refused) {
            model.addAttribute("warning", CertificationPages.OUTCOMES.refusal(refused));
            return editor(model, form.withBlankRows(), creating);
        }
    }

    private TypeForm blank() {
        var form = new TypeForm();
        form.setRuleStatus(RuleStatus.TO_BE_CONFIRMED);
        form.setCheckedOn(LocalDate.now(clock));
        form.setCurrency("USD");
        form.setGraceDays("0");
        return form.withBlankRows();
    }

    private String editor(Model model, TypeForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("categories", LedgerCategory.values());
        model.addAttribute("educationLevels", EducationLevel.values());
        model.addAttribute("ruleKinds", RuleKind.values());
        model.addAttribute("ruleStatuses", RuleStatus.values());
        return "certification/type-editor";
    }
}
