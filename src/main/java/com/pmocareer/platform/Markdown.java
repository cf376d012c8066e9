package com.pmocareer.platform;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders Markdown written by admins (task descriptions, course summaries) for pages. Raw HTML in the source is
 * escaped and unsafe link schemes (javascript:, data:) are dropped, so the output may go out unescaped.
 */
@Component("markdown")
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String html(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        return renderer.render(parser.parse(source));
    }
}
