package com.pmocareer.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pmocareer.onboarding.DocumentViews.VersionCommand;
import com.pmocareer.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentFilesTest {

    static VersionCommand file(String name, byte[] content) {
        return new VersionCommand(null, name, "application/octet-stream", content, null);
    }

    static VersionCommand link(String url) {
        return new VersionCommand(url, null, null, null, null);
    }

    @Test
    void filesWhoseContentMatchesTheirNameAreAccepted() {
        assertThatCode(() -> DocumentFiles.check(file("a.pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII)))).doesNotThrowAnyException();
        assertThatCode(() -> DocumentFiles.check(file("a.docx", new byte[] {'P', 'K', 3, 4, 0}))).doesNotThrowAnyException();
        assertThatCode(() -> DocumentFiles.check(file("a.md", "# Título\n".getBytes(StandardCharsets.UTF_8)))).doesNotThrowAnyException();
        assertThat(DocumentFiles.contentTypeOf("Guide.XLSX")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aRenamedOrUnknownFileIsRefused() {
        assertThatThrownBy(() -> DocumentFiles.check(file("a.pdf", new byte[] {'M', 'Z', 0})))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("");
        assertThatThrownBy(() -> DocumentFiles.check(file("a.md", new byte[] {0, 1, 2, (byte) 0xff})))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentFiles.check(file("run.exe", new byte[] {'M', 'Z'})))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentFiles.check(file("noextension", new byte[] {'P', 'K', 3, 4})))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLinkMustBeHttpAndComeAlone() {
        assertThatCode(() -> DocumentFiles.check(link("https://intranet.example.com/handbook"))).doesNotThrowAnyException();
        for (String bad : new String[] {"javascript:alert(1)", "ftp://x.example.com/a", "https://", "not a url"}) {
            assertThatThrownBy(() -> DocumentFiles.check(link(bad))).as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> DocumentFiles.check(new VersionCommand("https://a.example.com", "a.md", null,
                "x".getBytes(StandardCharsets.UTF_8), null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentFiles.check(new VersionCommand(null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
    }
}
