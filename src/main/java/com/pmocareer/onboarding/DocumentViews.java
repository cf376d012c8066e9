package com.pmocareer.onboarding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** What pages and the API show of the PMO document library. */
public final class DocumentViews {

    private DocumentViews() {
    }

    public record VersionView(long id, int number, String linkUrl, String fileName, String contentType, Long sizeBytes,
            String changeNote, OffsetDateTime publishedAt, String publishedBy) {

        @JsonProperty
        public boolean file() {
            return fileName != null;
        }
    }

    /**
     * A document with its newest version and where the viewer stands: {@code acknowledgedNumber} is the newest version
     * they acknowledged (null: none); {@code toAcknowledgeAgain} when that is older than the newest.
     */
    public record DocumentView(long id, String title, DocumentKind kind, String description, VersionView latest,
            Integer acknowledgedNumber, long acknowledgedLatestCount, long version) {

        @JsonProperty
        public boolean acknowledgedLatest() {
            return latest != null && acknowledgedNumber != null && acknowledgedNumber == latest.number();
        }

        @JsonProperty
        public boolean toAcknowledgeAgain() {
            return latest != null && acknowledgedNumber != null && acknowledgedNumber < latest.number();
        }
    }

    public record Acknowledgement(long personId, String personName, int versionNumber, OffsetDateTime acknowledgedAt) {

        public boolean outdated(int latestNumber) {
            return versionNumber < latestNumber;
        }
    }

    public record DocumentDetail(DocumentView document, List<VersionView> versions, List<Acknowledgement> acknowledgements) {
    }

    public record DocumentCommand(String title, DocumentKind kind, String description) {
    }

    /** A new version: a link, or a file (name, declared type, bytes). */
    public record VersionCommand(String linkUrl, String fileName, String contentType, byte[] content, String changeNote) {
    }

    public record FileContent(String fileName, String contentType, byte[] content) {
    }
}
