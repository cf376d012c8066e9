package com.pmocareer.notification.api;

import com.pmocareer.notification.DeliveryMode;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.NotificationView;
import com.pmocareer.notification.Notifications;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications", description = "The caller's in-app notifications and e-mail preferences")
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first")
    PageResponse<NotificationView> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return notifications.list(user, unread, PageRequest.of(page, size));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    Map<String, Long> unreadCount(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("unread", notifications.unreadCount(user));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    NotificationView read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return notifications.markRead(user, id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all of the caller's notifications read")
    Map<String, Integer> readAll(@AuthenticationPrincipal CurrentUser user) {
        return Map.of("marked", notifications.markAllRead(user));
    }

    @GetMapping("/preferences")
    @Operation(summary = "How e-mail reaches the caller per kind: IMMEDIATE, DAILY (one digest) or OFF")
    Map<NotificationKind, DeliveryMode> preferences(@AuthenticationPrincipal CurrentUser user) {
        return notifications.preferences(user);
    }

    @PutMapping("/preferences")
    @Operation(summary = "Choose per kind: {\"ONBOARDING_TASK_DUE\":\"IMMEDIATE\", …}; kinds left out keep their mode")
    Map<NotificationKind, DeliveryMode> choose(@AuthenticationPrincipal CurrentUser user,
            @RequestBody Map<String, String> modes) {
        return notifications.choose(user, parse(modes));
    }

    static Map<NotificationKind, DeliveryMode> parse(Map<String, String> modes) {
        var parsed = new EnumMap<NotificationKind, DeliveryMode>(NotificationKind.class);
        var problems = new ArrayList<FieldProblem>();
        modes.forEach((kind, mode) -> {
            try {
                parsed.put(NotificationKind.valueOf(kind), DeliveryMode.valueOf(String.valueOf(mode)));
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem(kind, "must be a notification kind set to IMMEDIATE, DAILY or OFF"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some preferences are invalid.", problems);
        }
        return parsed;
    }
}
