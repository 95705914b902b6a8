package org.lifelonglinks.security;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounts (administrators only) and the signed-in user's own account. */
@RestController
class UserController {

    private final UserAccountService users;

    UserController(UserAccountService users) {
        this.users = users;
    }

    @PostMapping("/api/users")
    ResponseEntity<UserView> create(@RequestBody NewUser request, Authentication authentication) {
        var created = users.create(CurrentUser.of(authentication), request);
        return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
    }

    @GetMapping("/api/users")
    List<UserView> all() {
        return users.all();
    }

    @PostMapping("/api/users/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username, Authentication authentication) {
        users.unlock(CurrentUser.of(authentication), username);
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/api/users/{username}")
    UserView update(@PathVariable String username, @RequestBody UserChanges changes, Authentication authentication) {
        return users.update(CurrentUser.of(authentication), username, changes);
    }

    @PutMapping("/api/users/{username}/password")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody NewPassword password,
            Authentication authentication) {
        users.resetPassword(CurrentUser.of(authentication), username, password);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/me")
    UserView me(Authentication authentication) {
        return users.find(authentication.getName()).orElseThrow();
    }
}
