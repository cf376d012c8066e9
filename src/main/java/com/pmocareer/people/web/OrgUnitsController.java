package com.pmocareer.people.web;

import com.pmocareer.people.OrgUnitCommand;
import com.pmocareer.people.OrgUnitView;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The org chart for admins (as all of /admin): add, rename, move and remove units. */
@Controller
class OrgUnitsController {

    private final OrgUnits orgUnits;

    OrgUnitsController(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    @GetMapping("/admin/org-units")
    String list(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("units", orgUnits.flattened());
        model.addAttribute("editing", edit == null ? null : orgUnits.get(edit));
        return "people/org-units";
    }

    @PostMapping("/admin/org-units")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam String name,
            @RequestParam(required = false) Long parentId, Model model, RedirectAttributes redirect) {
        return apply(() -> orgUnits.create(user, new OrgUnitCommand(name, parentId, null)),
                "The unit " + name.trim() + " was added.", null, model, redirect);
    }

    @PostMapping("/admin/org-units/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String name,
            @RequestParam(required = false) Long parentId, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        return apply(() -> orgUnits.update(user, id, new OrgUnitCommand(name, parentId, version)),
                "The unit " + name.trim() + " was saved.", id, model, redirect);
    }

    @PostMapping("/admin/org-units/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
            RedirectAttributes redirect) {
        String name = orgUnits.get(id).name();
        return apply(() -> {
            orgUnits.delete(user, id);
            return null;
        }, "The unit " + name + " was removed.", null, model, redirect);
    }

    private String apply(java.util.function.Supplier<OrgUnitView> change, String success, Long editing, Model model,
            RedirectAttributes redirect) {
        try {
            change.get();
        } catch (InvalidInputException | ConflictException refused) {
            model.addAttribute("error", refused instanceof InvalidInputException invalid
                    ? "The " + invalid.problems().get(0).field().replace("parentId", "parent unit") + " "
                            + invalid.problems().get(0).message() + "."
                    : refused.getMessage());
            return list(editing, model);
        }
        redirect.addFlashAttribute("success", success);
        return "redirect:/admin/org-units";
    }
}
