package com.pmocareer.people.web;

import com.pmocareer.people.CareerLevels;
import com.pmocareer.people.EducationLevel;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.people.PeopleQuery;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.Role;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people directory, profiles, and the person form. */
@Controller
@RequestMapping("/people")
class PeopleController {

    private static final int PAGE_SIZE = 25;

    private final PersonDirectory directory;
    private final OrgUnits orgUnits;
    private final CareerLevels careerLevels;

    PeopleController(PersonDirectory directory, OrgUnits orgUnits, CareerLevels careerLevels) {
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.careerLevels = careerLevels;
    }

    @GetMapping
    String directory(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) Long orgUnit,
            @RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
        model.addAttribute("people", directory.search(user, new PeopleQuery(q, role, orgUnit), new PageRequest(page, PAGE_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("orgUnit", orgUnit);
        model.addAttribute("roles", Role.values());
        model.addAttribute("orgUnits", orgUnits.flattened());
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? "people/list :: results" : "people/list";
    }

    @GetMapping("/{id}")
    String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        PersonView person = directory.get(user, id);
        model.addAttribute("person", person);
        model.addAttribute("isSelf", user.personId() == id);
        model.addAttribute("canExport", user.isAdmin() || user.personId() == id);
        return "people/profile";
    }

    @GetMapping("/new")
    String newPerson(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireAdmin(user);
        return form(model, new PersonFormData(), null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PersonFormData form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        requireAdmin(user);
        Long managerId = lineManagerId(user, form, errors);
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        try {
            PersonView created = directory.create(user, form.toCommand(managerId));
            redirect.addFlashAttribute("success", created.fullName() + " was added.");
            return "redirect:/people/" + created.id();
        } catch (InvalidInputException | ConflictException refused) {
            reject(errors, refused);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        requireAdmin(user);
        PersonView person = directory.get(user, id);
        String managerEmail = person.lineManagerId() == null ? null
                : directory.find(user, person.lineManagerId()).map(PersonView::email).orElse(null);
        return form(model, PersonFormData.of(person, managerEmail), person);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PersonFormData form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        requireAdmin(user);
        PersonView person = directory.get(user, id);
        Long managerId = lineManagerId(user, form, errors);
        if (errors.hasErrors()) {
            return form(model, form, person);
        }
        try {
            directory.update(user, id, form.toCommand(managerId));
            redirect.addFlashAttribute("success", "Changes to " + form.getFullName() + " were saved.");
            return "redirect:/people/" + id;
        } catch (InvalidInputException | ConflictException refused) {
            reject(errors, refused);
            if (refused instanceof ConflictException) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
            return form(model, form, person);
        }
    }

    private Long lineManagerId(CurrentUser user, PersonFormData form, BindingResult errors) {
        if (form.getLineManagerEmail() == null || form.getLineManagerEmail().isBlank()) {
            return null;
        }
        var manager = directory.findByEmail(user, form.getLineManagerEmail());
        if (manager.isEmpty()) {
            errors.rejectValue("lineManagerEmail", "unknown", "No person has this e-mail address");
            return null;
        }
        return manager.get().id();
    }

    private static void reject(BindingResult errors, RuntimeException refused) {
        if (refused instanceof InvalidInputException invalid) {
            invalid.problems().forEach(problem -> {
                String field = "lineManagerId".equals(problem.field()) ? "lineManagerEmail" : problem.field();
                if (errors.getModel().containsKey("form") && hasProperty(field)) {
                    errors.rejectValue(field, "invalid", capitalise(problem.message()));
                } else {
                    errors.reject("invalid", problem.field() + " " + problem.message());
                }
            });
        } else {
            errors.reject("conflict", refused.getMessage());
        }
    }

    private static boolean hasProperty(String field) {
        return java.util.Set.of("email", "fullName", "jobTitle", "orgUnitId", "careerLevel", "startDate",
                "educationLevel", "lineManagerEmail").contains(field);
    }

    private static String capitalise(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private String form(Model model, PersonFormData form, PersonView person) {
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        model.addAttribute("orgUnits", orgUnits.flattened());
        model.addAttribute("careerLevels", careerLevels.all());
        model.addAttribute("educationLevels", EducationLevel.values());
        return "people/form";
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only a PMO admin may add or edit people.");
        }
    }
}
