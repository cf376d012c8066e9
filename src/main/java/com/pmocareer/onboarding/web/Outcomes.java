package com.pmocareer.onboarding.web;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the onboarding pages report a change, in their own words for the fields. */
final class Outcomes {

    private static final com.pmocareer.platform.Outcomes PAGES = new com.pmocareer.platform.Outcomes(Map.of(
            "templateId", "template:", "startDate", "the start date", "reason", "the reason:", "note", "the note",
            "linkUrl", "the link", "file", "the file"));

    private Outcomes() {
    }

    static String attempt(RedirectAttributes redirect, String target, Supplier<String> change) {
        return PAGES.attempt(redirect, target, change);
    }

    static String refusal(RuntimeException refused) {
        return PAGES.refusal(refused);
    }
}
