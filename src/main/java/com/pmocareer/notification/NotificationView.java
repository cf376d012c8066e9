package com.pmocareer.notification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

public record NotificationView(long id, NotificationKind kind, String title, String body, String link,
        OffsetDateTime createdAt, OffsetDateTime readAt) {

    @JsonProperty
    public boolean unread() {
        return readAt == null;
    }
}
