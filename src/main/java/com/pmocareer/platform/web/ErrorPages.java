package com.pmocareer.platform.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The friendly error page in the layout: one template, a title and an explanation per status. */
final class ErrorPages {

    private static final Map<Integer, String[]> TEXTS = Map.of(
            400, new String[] {"That request could not be understood", "Check what you entered and try again."},
            403, new String[] {"You may not open this page", "Your roles do not include this. Ask a PMO admin if you need it."},
            404, new String[] {"Page not found", "It does not exist, or it is not yours to see."},
            409, new String[] {"Someone else changed this first", "Reload the page to see the latest version, then apply your change again."},
            413, new String[] {"That upload is too large", "Split the file into smaller parts and try again."},
            500, new String[] {"Something went wrong on our side", "The error was logged. Try again in a moment; if it persists, tell the PMO admin."});

    private ErrorPages() {
    }

    static ModelAndView page(HttpStatus status, String detail) {
        String[] text = TEXTS.getOrDefault(status.value(), TEXTS.get(status.is4xxClientError() ? 400 : 500));
        var page = new ModelAndView("error/page", status);
        page.addObject("status", status.value());
        page.addObject("title", text[0]);
        page.addObject("explanation", detail != null ? detail : text[1]);
        return page;
    }
}
