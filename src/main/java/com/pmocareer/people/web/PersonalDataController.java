package com.pmocareer.people.web;

import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonalDataRequests;
import com.pmocareer.platform.CurrentUser;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** GDPR from the profile page: download one's data, and (admin) erase a person. */
@Controller
class PersonalDataController {

    private final PersonalDataRequests requests;
    private final PersonDirectory directory;

    PersonalDataController(PersonalDataRequests requests, PersonDirectory directory) {
        this.requests = requests;
        this.directory = directory;
    }

    @GetMapping("/people/{id}/personal-data")
    @ResponseBody
    ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Map<String, Object> export = requests.export(user, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("personal-data-" + id + ".json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(export);
    }

    @PostMapping("/people/{id}/erase")
    String erase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        String name = directory.get(user, id).fullName();
        requests.erase(user, id);
        redirect.addFlashAttribute("success", "The personal data of " + name + " was erased.");
        return "redirect:/people";
    }
}
