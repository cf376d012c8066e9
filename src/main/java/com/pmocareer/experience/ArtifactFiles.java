package com.pmocareer.experience;

import com.pmocareer.shared.FieldProblem;
import com.pmocareer.platform.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which uploaded work products are accepted: PDF, Word (DOCX), Excel (XLSX) and Markdown, at most 10 MB. The content
 * decides, not the name or the browser's claim: a PDF starts with its signature, DOCX and XLSX are ZIP packages with
 * their main part, Markdown is UTF-8 text.
 */
final class ArtifactFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String MARKDOWN = "text/markdown";

    private ArtifactFiles() {
    }

    /** The content type the file really is, or a problem saying why it is refused. */
    static Optional<String> check(UploadedFile file, List<FieldProblem> problems) {
        if (file == null || file.content().length == 0) {
            problems.add(new FieldProblem("file", "choose a file to upload"));
            return Optional.empty();
        }
        if (file.content().length > MAX_BYTES) {
            problems.add(new FieldProblem("file", "must be at most 10 MB"));
            return Optional.empty();
        }
        String name = file.name().toLowerCase(Locale.ROOT);
        byte[] content = file.content();
        if (name.endsWith(".pdf") && startsWith(content, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (name.endsWith(".docx") && zipContains(content, "word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (name.endsWith(".xlsx") && zipContains(content, "xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if ((name.endsWith(".md") || name.endsWith(".markdown")) && isText(content)) {
            return Optional.of(MARKDOWN);
        }
        problems.add(new FieldProblem("file", "must be a PDF, Word (.docx), Excel (.xlsx) or Markdown (.md) file whose content matches its name"));
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, String signature) {
        byte[] expected = signature.getBytes(StandardCharsets.US_ASCII);
        if (content.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (content[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean zipContains(byte[] content, String entryName) {
        if (!startsWith(content, "PK\u0003\u0004")) {
            return false;
        }
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(entryName)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException corrupt) {
            return false;
        }
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
