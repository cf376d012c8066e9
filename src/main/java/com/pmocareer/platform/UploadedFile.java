package com.pmocareer.platform;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/** A file someone uploaded: a completion certificate, an activity's evidence. The services check type and size. */
public record UploadedFile(String name, String contentType, byte[] content) {

    /** The file as a download that keeps its name. */
    public org.springframework.http.ResponseEntity<byte[]> asAttachment() {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(contentType))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** The file of an upload; null when nothing was uploaded. */
    public static UploadedFile of(MultipartFile file, String defaultName) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? defaultName
                : file.getOriginalFilename();
        return new UploadedFile(name.length() > 200 ? name.substring(0, 200) : name,
                file.getContentType() == null ? "application/octet-stream" : file.getContentType(), file.getBytes());
    }
}
