package org.lifelonglinks.notifications;

import java.util.Map;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in worker's notifications: the list with the unread count, marking one or all read. */
@RestController
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    NotificationList mine(Authentication authentication) {
        return notifications.list(CurrentUser.of(authentication));
    }

    @PostMapping("/api/notifications/{id}/read")
    ResponseEntity<Void> read(@PathVariable String id, Authentication authentication) {
        notifications.markRead(CurrentUser.of(authentication), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/notifications/read-all")
    Map<String, Integer> readAll(Authentication authentication) {
        return Map.of("marked", notifications.markAllRead(CurrentUser.of(authentication)));
    }
}
