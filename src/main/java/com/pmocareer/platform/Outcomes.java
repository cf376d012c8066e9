package com.pmocareer.platform;

import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page reports a change: its message on success, the reasons it was refused otherwise, each field named in the
 * words of the page ({@code fieldWords}: field → words; fields without words are named as they are).
 */
public final class Outcomes {

    private final Map<String, String> fieldWords;

    public Outcomes(Map<String, String> fieldWords) {
        this.fieldWords = Map.copyOf(fieldWords);
    }

    /** Runs the change and redirects to {@code target} with its message, or with why it was refused. */
    public String attempt(RedirectAttributes redirect, String target, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("success", change.get());
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("warning", refusal(refused));
        }
        return "redirect:" + target;
    }

    public String refusal(RuntimeException refused) {
        if (refused instanceof InvalidInputException invalid) {
            return "Not saved: " + String.join("; ", invalid.problems().stream()
                    .map(p -> fieldWords.getOrDefault(p.field(), p.field()) + " " + p.message()).toList()) + ".";
        }
        return refused.getMessage();
    }
}
