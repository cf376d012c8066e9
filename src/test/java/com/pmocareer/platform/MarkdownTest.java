package com.pmocareer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    final Markdown markdown = new Markdown();

    @Test
    void rendersTheUsualMarkdown() {
        assertThat(markdown.html("Meet on **day 1**.\n\n- Jira\n- Git")).contains("<strong>day 1</strong>")
                .contains("<li>Jira</li>");
        assertThat(markdown.html("[Handbook](https://intranet.example.com/h)")).contains("href=\"https://intranet.example.com/h\"");
        assertThat(markdown.html(null)).isEmpty();
    }

    @Test
    void rawHtmlAndScriptLinksNeverReachThePage() {
        String html = markdown.html("<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
        assertThat(markdown.html("[Open me](javascript:alert(3))")).contains("Open me").doesNotContain("href=\"javascript");
    }
}
