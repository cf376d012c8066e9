package com.pmocareer.notification.web;

import com.pmocareer.notification.CalendarFeeds;
import com.pmocareer.notification.DeliveryMode;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification centre, the bell in the navigation bar, e-mail preferences and the calendar address. */
@Controller
class NotificationsController {

    private final Notifications notifications;
    private final CalendarFeeds feeds;

    NotificationsController(Notifications notifications, CalendarFeeds feeds) {
        this.notifications = notifications;
        this.feeds = feeds;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("notifications", notifications.list(user, unread, PageRequest.of(page, 25)));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", notifications.unreadCount(user));
        return "notification/list";
    }

    /** Polled by htmx from every page. */
    @GetMapping("/notifications/bell")
    String bell(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("unreadCount", notifications.unreadCount(user));
        return "notification/bell :: bell";
    }

    /** Opening a notification marks it read and goes where it points. */
    @PostMapping("/notifications/{id}/open")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        var notification = notifications.markRead(user, id);
        String link = notification.link();
        return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(user);
        redirect.addFlashAttribute("success", marked == 1 ? "1 notification marked read." : marked + " notifications marked read.");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/preferences")
    String preferences(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("preferences", notifications.preferences(user));
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("feed", feeds.status(user, user.personId()));
        return "notification/preferences";
    }

    @PostMapping("/notifications/preferences")
    String choose(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        var modes = new EnumMap<NotificationKind, DeliveryMode>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            String chosen = form.get(kind.name());
            if (chosen != null) {
                modes.put(kind, DeliveryMode.valueOf(chosen));
            }
        }
        notifications.choose(user, modes);
        redirect.addFlashAttribute("success", "Your e-mail preferences are saved.");
        return "redirect:/notifications/preferences";
    }

    @PostMapping("/notifications/calendar-feed")
    String newCalendarAddress(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("feedUrl", feeds.create(user, user.personId()).url());
        return "redirect:/notifications/preferences#calendar";
    }

    @PostMapping("/notifications/calendar-feed/revoke")
    String revokeCalendarAddress(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        feeds.revoke(user, user.personId());
        redirect.addFlashAttribute("success", "Your calendar address is revoked; calendars using it get nothing more.");
        return "redirect:/notifications/preferences#calendar";
    }
}
