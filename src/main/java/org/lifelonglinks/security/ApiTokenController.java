package org.lifelonglinks.security;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens: each user's own ({@code /api/me/tokens}), and any account's for administrators
 * ({@code /api/users/{username}/tokens}, admin-only like the rest of {@code /api/users/**}).
 */
@RestController
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/me/tokens")
    ResponseEntity<CreatedApiToken> createOwn(@RequestBody NewApiToken request, Authentication authentication) {
        return created(tokens.create(authentication, authentication.getName(), request));
    }

    @GetMapping("/api/me/tokens")
    List<ApiTokenView> own(Authentication authentication) {
        return tokens.list(authentication.getName());
    }

    @DeleteMapping("/api/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeOwn(@PathVariable String id, Authentication authentication) {
        tokens.revoke(authentication, authentication.getName(), id);
    }

    @PostMapping("/api/users/{username}/tokens")
    ResponseEntity<CreatedApiToken> create(@PathVariable String username, @RequestBody NewApiToken request,
            Authentication authentication) {
        return created(tokens.create(authentication, username, request));
    }

    @GetMapping("/api/users/{username}/tokens")
    List<ApiTokenView> all(@PathVariable String username) {
        return tokens.list(username);
    }

    @DeleteMapping("/api/users/{username}/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String username, @PathVariable String id, Authentication authentication) {
        tokens.revoke(authentication, username, id);
    }

    private static ResponseEntity<CreatedApiToken> created(CreatedApiToken token) {
        // no-store: the only copy of the secret must not stay in a cache on the way.
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Cache-Control", "no-store")
                .body(token);
    }
}
