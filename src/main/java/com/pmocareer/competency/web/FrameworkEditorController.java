package com.pmocareer.competency.web;

import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.competency.FrameworkDocument.CompetencyDocument;
import com.pmocareer.competency.ProficiencyScale;
import com.pmocareer.competency.TalentTriangle;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's framework editor: one draft at a time, started from the current version or an imported file,
 * changed competency by competency, then published as the next version.
 */
@Controller
class FrameworkEditorController {

    private static final String DRAFT = "redirect:/admin/competencies/draft";

    private final CompetencyFramework framework;

    FrameworkEditorController(CompetencyFramework framework) {
        this.framework = framework;
    }

    @GetMapping("/admin/competencies/draft")
    String draft(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String edit,
            @RequestParam(required = false) String area, Model model) {
        var draft = framework.draft(user).orElse(null);
        model.addAttribute("draft", draft);
        model.addAttribute("current", framework.current());
        model.addAttribute("categories", TalentTriangle.values());
        model.addAttribute("levelNames", ProficiencyScale.NAMES);
        if (draft != null) {
            model.addAttribute("draftVersion", framework.draftVersion(user));
            if (edit != null) {
                model.addAttribute("editing", draft.competency(edit)
                        .orElseThrow(() -> new NotFoundException("Competency", edit)));
            }
            model.addAttribute("newInArea", area);
        }
        return "competency/editor";
    }

    @PostMapping("/admin/competencies/draft")
    String start(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        framework.startDraft(user);
        redirect.addFlashAttribute("success", "A draft was started from the current version.");
        return DRAFT;
    }

    @PostMapping("/admin/competencies/draft/competencies")
    String save(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String originalCode,
            @RequestParam String areaCode, @RequestParam String code, @RequestParam String name,
            @RequestParam(required = false) TalentTriangle category, @RequestParam String description,
            @RequestParam Map<String, String> fields, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        var indicators = new TreeMap<Integer, String>();
        for (int level = ProficiencyScale.MIN; level <= ProficiencyScale.MAX; level++) {
            indicators.put(level, fields.getOrDefault("level" + level, ""));
        }
        var competency = new CompetencyDocument(code.trim().toUpperCase(java.util.Locale.ROOT), name, category,
                description, indicators);
        String blankToNull = originalCode == null || originalCode.isBlank() ? null : originalCode;
        // A refused form shows again with what was typed, not what was saved before.
        model.addAttribute("attempt", competency);
        model.addAttribute("attemptArea", areaCode);
        return apply(user, () -> framework.saveCompetency(user, blankToNull, areaCode, competency, version),
                "Saved " + name.trim() + " in the draft.", model, redirect, blankToNull, areaCode);
    }

    @PostMapping("/admin/competencies/draft/competencies/{code}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, @RequestParam long version,
            Model model, RedirectAttributes redirect) {
        return apply(user, () -> framework.removeCompetency(user, code, version), "Removed " + code + " from the draft.",
                model, redirect, null, null);
    }

    @PostMapping("/admin/competencies/draft/areas")
    String renameArea(@AuthenticationPrincipal CurrentUser user, @RequestParam String code, @RequestParam String name,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        return apply(user, () -> framework.saveArea(user, code, name, null, version), "Renamed the area to " + name.trim() + ".",
                model, redirect, null, null);
    }

    @PostMapping("/admin/competencies/draft/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String note,
            @RequestParam long version, Model model, RedirectAttributes redirect) {
        try {
            var published = framework.publish(user, note, version);
            redirect.addFlashAttribute("success", "Version " + published.number() + " is now the current framework.");
            return "redirect:/competencies";
        } catch (InvalidInputException | ConflictException refused) {
            return refuse(user, refused, model, null, null);
        }
    }

    @PostMapping("/admin/competencies/draft/discard")
    String discard(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        framework.discardDraft(user);
        redirect.addFlashAttribute("success", "The draft was discarded.");
        return "redirect:/competencies";
    }

    @PostMapping("/admin/competencies/import")
    String importFile(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String name, Model model, RedirectAttributes redirect) throws IOException {
        String content = new String(file.getBytes(), StandardCharsets.UTF_8);
        boolean csv = file.getOriginalFilename() != null && file.getOriginalFilename().toLowerCase().endsWith(".csv");
        try {
            var imported = csv ? framework.importCsv(user, name, content, false) : framework.importJson(user, content, false);
            redirect.addFlashAttribute("success", "Imported " + imported.competencies().size()
                    + " competencies into a draft. Review them, then publish.");
            return DRAFT;
        } catch (InvalidInputException | ConflictException refused) {
            return refuse(user, refused, model, null, null);
        }
    }

    private String apply(CurrentUser user, Supplier<?> change, String success, Model model, RedirectAttributes redirect,
            String editing, String area) {
        try {
            change.get();
        } catch (InvalidInputException | ConflictException refused) {
            return refuse(user, refused, model, editing, area);
        }
        redirect.addFlashAttribute("success", success);
        return DRAFT;
    }

    private String refuse(CurrentUser user, RuntimeException refused, Model model, String editing, String area) {
        model.addAttribute("error", refused.getMessage());
        if (refused instanceof InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
        }
        return draft(user, editing, area, model);
    }
}
