package com.pmocareer.people.api;

import com.pmocareer.people.ImportResult;
import com.pmocareer.people.PeopleImport;
import com.pmocareer.people.PeopleQuery;
import com.pmocareer.people.PersonCommand;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.people.PersonalDataRequests;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import com.pmocareer.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.StringReader;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "People", description = "People of the PMO: directory, profiles, import, GDPR")
@RequestMapping("/api/v1/people")
class PeopleApiController {

    private final PersonDirectory directory;
    private final PeopleImport peopleImport;
    private final PersonalDataRequests personalData;

    PeopleApiController(PersonDirectory directory, PeopleImport peopleImport, PersonalDataRequests personalData) {
        this.directory = directory;
        this.peopleImport = peopleImport;
        this.personalData = personalData;
    }

    @GetMapping
    @Operation(summary = "People the caller may see, filtered by text, role and org unit (with its sub-units)")
    PageResponse<PersonView> search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) Long orgUnit,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return directory.search(user, new PeopleQuery(q, role, orgUnit), PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Create a person (ADMIN)")
    ResponseEntity<PersonView> create(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody PersonCommand command) {
        PersonView created = directory.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person, if the caller may see them")
    PersonView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return directory.get(user, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a person (ADMIN); send the version you read, a stale one answers 409")
    PersonView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody PersonCommand command) {
        return directory.update(user, id, command);
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Create or update people from CSV (ADMIN); all rows or none, 400 lists every bad row")
    ImportResult importCsv(@AuthenticationPrincipal CurrentUser user, @RequestBody String csv) {
        return peopleImport.importCsv(user, new StringReader(csv));
    }

    @GetMapping("/{id}/personal-data")
    @Operation(summary = "GDPR export of everything stored about the person (the person themselves or ADMIN)")
    Map<String, Object> personalData(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return personalData.export(user, id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "GDPR erasure by anonymisation (ADMIN); aggregates are kept")
    void erase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        personalData.erase(user, id);
    }
}
