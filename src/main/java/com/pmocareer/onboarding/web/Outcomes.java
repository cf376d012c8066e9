package com.pmocareer.onboarding.web;

import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the onboarding pages report a change: its message on success, the reasons it was refused otherwise. */
final class Outcomes {

    private static final Map<String, String> FIELD_WORDS = Map.of("templateId", "template:", "startDate", "the start date",
            "reason", "the reason:", "note", "the note", "linkUrl", "the link", "file", "the file");

    private Outcomes() {
    }

    /** Runs the change and redirects to {@code target} with its message, or with why it was refused. */
    static String attempt(RedirectAttributes redirect, String target, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("success", change.get());
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("warning", refusal(refused));
        }
        return "redirect:" + target;
    }

    static String refusal(RuntimeException refused) {
        if (refused instanceof InvalidInputException invalid) {
            return "Not saved: " + String.join("; ", invalid.problems().stream()
                    .map(p -> FIELD_WORDS.getOrDefault(p.field(), p.field()) + " " + p.message()).toList()) + ".";
        }
        return refused.getMessage();
    }
}
