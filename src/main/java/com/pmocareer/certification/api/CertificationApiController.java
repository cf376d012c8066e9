package com.pmocareer.certification.api;

import com.pmocareer.certification.CertificationCatalog;
import com.pmocareer.certification.CertificationGoals;
import com.pmocareer.certification.CertificationViews.CertificationTypeView;
import com.pmocareer.certification.CertificationViews.ClaimCommand;
import com.pmocareer.certification.CertificationViews.CredentialCommand;
import com.pmocareer.certification.CertificationViews.CredentialView;
import com.pmocareer.certification.CertificationViews.EntryView;
import com.pmocareer.certification.CertificationViews.GoalView;
import com.pmocareer.certification.CertificationViews.LedgerView;
import com.pmocareer.certification.CertificationViews.RenewalCommand;
import com.pmocareer.certification.CertificationViews.TypeCommand;
import com.pmocareer.certification.Credentials;
import com.pmocareer.certification.Eligibility;
import com.pmocareer.certification.EligibilityChecker;
import com.pmocareer.certification.PduLedger;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Certifications", description = "Types and rules, credentials held, the PDU/CPD ledger, eligibility")
class CertificationApiController {

    /** Credentials held and certification goals of a person. */
    record Certifications(List<CredentialView> credentials, List<GoalView> goals) {
    }

    private final CertificationCatalog catalog;
    private final Credentials credentials;
    private final CertificationGoals goals;
    private final PduLedger ledger;
    private final EligibilityChecker eligibility;

    CertificationApiController(CertificationCatalog catalog, Credentials credentials, CertificationGoals goals,
            PduLedger ledger, EligibilityChecker eligibility) {
        this.catalog = catalog;
        this.credentials = credentials;
        this.goals = goals;
        this.ledger = ledger;
        this.eligibility = eligibility;
    }

    @GetMapping("/api/v1/certification-types")
    @Operation(summary = "Certification types with eligibility routes, renewal rules, source and date checked")
    List<CertificationTypeView> types() {
        return catalog.all();
    }

    @GetMapping("/api/v1/certification-types/{code}")
    @Operation(summary = "One certification type")
    CertificationTypeView type(@PathVariable String code) {
        return catalog.get(code);
    }

    @PutMapping("/api/v1/certification-types/{code}")
    @Operation(summary = "Create or replace a type with its rules and routes (admins); an existing one needs its version")
    CertificationTypeView saveType(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
            @RequestBody TypeCommand command) {
        if (command != null && command.code() != null && !code.equals(command.code())) {
            throw InvalidInputException.of("code", "must be the code of the address");
        }
        return catalog.save(user, command);
    }

    @GetMapping("/api/v1/people/{id}/certifications")
    @Operation(summary = "Credentials held (status, cycle, units counted of needed) and certification goals")
    Certifications certifications(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return new Certifications(credentials.of(user, id), goals.of(user, id));
    }

    @PostMapping(value = "/api/v1/people/{id}/certifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a credential held: type, number, date earned, verification link; the expiry follows from the type")
    ResponseEntity<CredentialView> add(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody CredentialCommand command) {
        return created(id, credentials.add(user, id, command, null));
    }

    @PostMapping(value = "/api/v1/people/{id}/certifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a credential with its certificate (PDF, PNG or JPEG, at most 5 MB) as the part evidence")
    ResponseEntity<CredentialView> addWithEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestPart("credential") CredentialCommand command,
            @RequestPart(value = "evidence", required = false) MultipartFile evidence) throws IOException {
        return created(id, credentials.add(user, id, command, UploadedFile.of(evidence, "certificate")));
    }

    private static ResponseEntity<CredentialView> created(long personId, CredentialView credential) {
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/certifications/" + credential.id())).body(credential);
    }

    @GetMapping("/api/v1/people/{id}/certifications/{certId}")
    @Operation(summary = "One credential")
    CredentialView credential(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long certId) {
        return credentials.get(user, id, certId);
    }

    @PutMapping("/api/v1/people/{id}/certifications/{certId}")
    @Operation(summary = "Correct a credential's number or verification link")
    CredentialView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long certId,
            @RequestBody CredentialCommand command) {
        return credentials.update(user, id, certId, command);
    }

    @PostMapping("/api/v1/people/{id}/certifications/{certId}/renewals")
    @Operation(summary = "Record a renewal by re-exam, fee or a higher credential; continuing education renews by itself")
    CredentialView renew(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long certId,
            @RequestBody RenewalCommand command) {
        return credentials.renew(user, id, certId, command);
    }

    @GetMapping("/api/v1/people/{id}/certifications/{certId}/evidence")
    @Operation(summary = "The credential's certificate file")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long certId) {
        return credentials.evidence(user, id, certId).map(UploadedFile::asAttachment)
                .orElseThrow(() -> new NotFoundException("Certificate of credential", certId));
    }

    @GetMapping("/api/v1/people/{id}/certifications/{certId}/pdu-ledger")
    @Operation(summary = "The current cycle: every rule with needed, counted, raw and missing; the forecast at the "
            + "person's pace over the last 12 months; past cycles; the entries that count")
    LedgerView pduLedger(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long certId) {
        return ledger.ledger(user, id, certId);
    }

    @GetMapping("/api/v1/people/{id}/certifications/{certId}/claims.csv")
    @Operation(summary = "The claim list of the current cycle as CSV, for submission to the issuer")
    ResponseEntity<byte[]> claims(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long certId) {
        return ledger.claimsCsv(user, id, certId).asAttachment();
    }

    @GetMapping("/api/v1/people/{id}/pdus")
    @Operation(summary = "The person's ledger entries, newest first, each with what it counts for")
    PageResponse<EntryView> entries(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ledger.entries(user, id, PageRequest.of(page, size));
    }

    @PostMapping(value = "/api/v1/people/{id}/pdus", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Claim units by hand: title, date, hours, units by category, evidence link")
    ResponseEntity<EntryView> claim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ClaimCommand command) {
        EntryView entry = ledger.claim(user, id, command, null);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/pdus/" + entry.id())).body(entry);
    }

    @PostMapping(value = "/api/v1/people/{id}/pdus", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Claim units with an evidence file (PDF, PNG or JPEG, at most 5 MB) as the part evidence")
    ResponseEntity<EntryView> claimWithEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestPart("claim") ClaimCommand command, @RequestPart(value = "evidence", required = false) MultipartFile evidence)
            throws IOException {
        EntryView entry = ledger.claim(user, id, command, UploadedFile.of(evidence, "evidence"));
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/pdus/" + entry.id())).body(entry);
    }

    @DeleteMapping("/api/v1/people/{id}/pdus/{entryId}")
    @Operation(summary = "Withdraw an own claim made by hand")
    ResponseEntity<Void> withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long entryId) {
        ledger.withdraw(user, id, entryId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/people/{id}/pdus/{entryId}/evidence")
    @Operation(summary = "The evidence file of a claim")
    ResponseEntity<byte[]> claimEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long entryId) {
        return ledger.evidence(user, id, entryId).map(UploadedFile::asAttachment)
                .orElseThrow(() -> new NotFoundException("Evidence of ledger entry", entryId));
    }

    @GetMapping("/api/v1/people/{id}/eligibility/{typeCode}")
    @Operation(summary = "Eligible or not yet: every route, each requirement with have, need and source, the earliest date")
    Eligibility eligibility(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String typeCode) {
        return eligibility.check(user, id, typeCode);
    }

    @GetMapping("/api/v1/people/{id}/eligibility")
    @Operation(summary = "Eligibility for every type of the catalog")
    List<Eligibility> eligibilities(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return eligibility.checkAll(user, id);
    }
}
