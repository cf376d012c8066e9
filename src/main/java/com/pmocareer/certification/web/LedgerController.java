package com.pmocareer.certification.web;

import com.pmocareer.certification.CertificationViews.ClaimCommand;
import com.pmocareer.certification.LedgerCategory;
import com.pmocareer.certification.PduLedger;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.FormNumbers;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ledger: one credential's cycle rule by rule with the forecast, every entry, and claims by hand. */
@Controller
class LedgerController {

    private final PduLedger ledger;
    private final PersonDirectory directory;
    private final PersonAccess access;
    private final Clock clock;

    LedgerController(PduLedger ledger, PersonDirectory directory, PersonAccess access, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/certifications/{certId}")
    String ledger(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long certId, Model model) {
        model.addAttribute("person", directory.get(user, id));
        model.addAttribute("ledger", ledger.ledger(user, id, certId));
        model.addAttribute("mayEdit", user.personId() == id || access.manages(user, id));
        model.addAttribute("today", LocalDate.now(clock));
        return "certification/ledger";
    }

    @GetMapping(value = "/people/{id}/certifications/{certId}/claims.csv")
    ResponseEntity<byte[]> claims(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long certId) {
        return ledger.claimsCsv(user, id, certId).asAttachment();
    }

    @GetMapping("/people/{id}/pdus")
    String entries(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("person", directory.get(user, id));
        model.addAttribute("entries", ledger.entries(user, id, PageRequest.of(page, 25)));
        model.addAttribute("isOwner", user.personId() == id);
        model.addAttribute("categories", LedgerCategory.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "certification/pdus";
    }

    @PostMapping("/people/{id}/pdus")
    String claim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String provider,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate earnedOn,
            @RequestParam(required = false) String hours, @RequestParam Map<String, String> form,
            @RequestParam(required = false) boolean pmEducation, @RequestParam(required = false) String note,
            @RequestParam(required = false) String evidenceUrl,
            @RequestParam(value = "evidence", required = false) MultipartFile evidence, RedirectAttributes redirect) throws IOException {
        UploadedFile file = UploadedFile.of(evidence, "evidence");
        return CertificationPages.OUTCOMES.attempt(redirect, "/people/" + id + "/pdus", () -> {
            Map<LedgerCategory, BigDecimal> units = new EnumMap<>(LedgerCategory.class);
            for (LedgerCategory category : LedgerCategory.values()) {
                BigDecimal amount = FormNumbers.decimal("units", form.get("unit_" + category.name()));
                if (amount != null) {
                    units.put(category, amount);
                }
            }
            var entry = ledger.claim(user, id, new ClaimCommand(title, provider, earnedOn, FormNumbers.decimal("hours", hours),
                    units, pmEducation, note, evidenceUrl), file);
            return "Claimed: " + entry.title() + (entry.countsFor().isEmpty() ? ". It counts for no credential you hold yet."
                    : ". It counts for " + String.join(", ", entry.countsFor().keySet()) + ".");
        });
    }

    @PostMapping("/people/{id}/pdus/{entryId}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long entryId,
            RedirectAttributes redirect) {
        return CertificationPages.OUTCOMES.attempt(redirect, "/people/" + id + "/pdus", () -> {
            ledger.withdraw(user, id, entryId);
            return "Claim withdrawn.";
        });
    }

    @GetMapping("/people/{id}/pdus/{entryId}/evidence")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long entryId) {
        return ledger.evidence(user, id, entryId).map(UploadedFile::asAttachment)
                .orElseThrow(() -> new NotFoundException("Evidence of ledger entry", entryId));
    }
}
