package com.pmocareer.notification;

/**
 * A notification to write. {@code dedupKey} names the occasion (e.g. the overdue tasks of person 7 on 2026-11-26) so
 * that a retried event or a second run writes nothing; {@code link} is a path inside the product.
 */
public record NewNotification(long personId, NotificationKind kind, String title, String body, String link,
        String dedupKey) {

    public NewNotification {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notification needs a title");
        }
        title = title.length() > 300 ? title.substring(0, 299) + "…" : title;
        body = body != null && body.length() > 4000 ? body.substring(0, 3999) + "…" : body;
    }
}
