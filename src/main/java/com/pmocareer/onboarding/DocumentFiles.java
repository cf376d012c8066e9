package com.pmocareer.onboarding;

import com.pmocareer.onboarding.DocumentViews.VersionCommand;
import com.pmocareer.shared.InvalidInputException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a document version may be: an http(s) link, or a file of a known kind whose content matches its name — a
 * renamed executable is refused, whatever the browser declared.
 */
final class DocumentFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "md", "text/markdown",
            "txt", "text/plain");

    private DocumentFiles() {
    }

    /** The content type the product serves a file with, by its extension. */
    static String contentTypeOf(String fileName) {
        return TYPES.get(extension(fileName));
    }

    static void check(VersionCommand command) {
        boolean hasLink = command.linkUrl() != null && !command.linkUrl().isBlank();
        boolean hasFile = command.content() != null && command.content().length > 0;
        if (hasLink == hasFile) {
            throw InvalidInputException.of(hasLink ? "file" : "linkUrl", "give either a link or a file, not both and not neither");
        }
        if (command.changeNote() != null && command.changeNote().length() > 1000) {
            throw InvalidInputException.of("changeNote", "must be at most 1000 characters");
        }
        if (hasLink) {
            checkLink(command.linkUrl().trim());
            return;
        }
        String extension = extension(command.fileName());
        if (!TYPES.containsKey(extension)) {
            throw InvalidInputException.of("file", "must be a PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), Markdown or text file");
        }
        if (command.content().length > MAX_BYTES) {
            throw InvalidInputException.of("file", "must be at most 10 MB");
        }
        if (!contentMatches(extension, command.content())) {
            throw InvalidInputException.of("file", "does not contain what a ." + extension + " file contains");
        }
    }

    private static void checkLink(String link) {
        try {
            URI uri = URI.create(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!List.of("http", "https").contains(scheme) || uri.getHost() == null || link.length() > 1000) {
                throw InvalidInputException.of("linkUrl", "must be an http or https address of at most 1000 characters");
            }
        } catch (IllegalArgumentException malformed) {
            throw InvalidInputException.of("linkUrl", "is not a valid address");
        }
    }

    private static boolean contentMatches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "docx", "xlsx", "pptx" -> startsWith(content, new byte[] {'P', 'K', 3, 4});
            default -> isText(content);
        };
    }

    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c == 0);
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
