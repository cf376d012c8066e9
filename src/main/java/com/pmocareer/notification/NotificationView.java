package com.pmocareer.notification;

import java.time.OffsetDateTime;

public record NotificationView(long id, NotificationKind kind, String title, String body, String link,
        OffsetDateTime createdAt, OffsetDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
