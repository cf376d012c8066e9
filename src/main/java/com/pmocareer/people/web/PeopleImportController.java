package com.pmocareer.people.web;

import com.pmocareer.people.PeopleImport;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of a people CSV with its row-by-row error report (ADMIN, as all of /admin). */
@Controller
class PeopleImportController {

    private final PeopleImport peopleImport;

    PeopleImportController(PeopleImport peopleImport) {
        this.peopleImport = peopleImport;
    }

    @GetMapping("/admin/people/import")
    String page() {
        return "people/import";
    }

    @PostMapping("/admin/people/import")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Choose a CSV file to import.");
            return "people/import";
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            model.addAttribute("result", peopleImport.importCsv(user, reader));
        } catch (InvalidInputException refused) {
            model.addAttribute("refusal", refused.getMessage());
            model.addAttribute("problems", refused.problems());
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return "people/import";
    }
}
