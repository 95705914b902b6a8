package org.lifelonglinks.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.system.ConflictException;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.InvalidFieldException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Makes, lists and changes accounts. Only administrators reach it (see {@link SecurityConfiguration}). */
@Service
public class UserAccountService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AccountChanges sessionsToEnd;
    private final SignInThrottle throttle;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock, AccountChanges changes,
            SignInThrottle throttle) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.sessionsToEnd = changes;
        this.throttle = throttle;
    }

    public UserView create(CurrentUser admin, NewUser request) {
        if (request.youngPersonId() != null && !accounts.youngPersonExists(request.youngPersonId())) {
            throw new InvalidFieldException("youngPersonId", "there is no young person with this id");
        }
        var account = new UserAccount(request.username(), encoder.encode(request.password()), request.displayName(),
                request.roles(), request.youngPersonId(), true, clock.instant(), request.email());
        var event = new AuditEvent(admin.username(), "USER_CREATED", request.youngPersonId(), null,
                "account " + request.username() + " with roles " + request.roles());
        if (!accounts.create(account, event)) {
            throw new ConflictException("username", "the username '" + request.username() + "' is already taken");
        }
        return view(account);
    }

    public List<UserView> all() {
        return accounts.findAll().stream().map(this::view).toList();
    }

    /**
     * Lifts every block on this account's sign-in (from whichever client addresses) and forgets its failures, before
     * the blocks end by themselves; audited as {@code ACCOUNT_UNLOCKED}. Blocks of an address for every account
     * are not lifted: they are about the address, not this account.
     */
    public void unlock(CurrentUser admin, String username) {
        if (accounts.findByUsername(username).isEmpty()) {
            throw new NotFoundException("Account");
        }
        int lifted = throttle.unblock(username);
        accounts.audit(new AuditEvent(admin.username(), "ACCOUNT_UNLOCKED", null, null,
                "account " + username + ": " + lifted + " blocked client address" + (lifted == 1 ? "" : "es") + " lifted"));
    }

    private UserView view(UserAccount account) {
        return UserView.of(account, throttle.blocks(account.username()));
    }

    /**
     * Changes an account's display name, roles or whether it may sign in, audited as {@code USER_UPDATED} in the
     * same transaction. A young person's account stays a young person's account (it belongs to one young
     * person), a worker's account cannot become one, and administrators cannot lock themselves out: neither
     * remove their own ADMIN role nor disable their own account.
     */
    public UserView update(CurrentUser admin, String username, UserChanges changes) {
        boolean self = admin.username().equals(username);
        boolean[] accessChanged = {false};
        var updated = accounts.update(username, account -> {
            var roles = changes.roles() == null ? account.roles() : changes.roles();
            boolean enabled = changes.enabled() == null ? account.enabled() : changes.enabled();
            String displayName = changes.displayName() == null ? account.displayName() : changes.displayName();
            String email = changes.email() == null ? account.email() : changes.email().isEmpty() ? null
                    : changes.email();
            if (email != null && account.youngPersonId() != null) {
                throw new InvalidFieldException("email", "email is for workers' notifications, not a young person's "
                        + "account");
            }
            if (account.youngPersonId() != null && !roles.equals(java.util.Set.of(Role.YOUNG_PERSON))) {
                throw new InvalidFieldException("roles", "a YOUNG_PERSON account holds no other role");
            }
            if (account.youngPersonId() == null && roles.contains(Role.YOUNG_PERSON)) {
                throw new InvalidFieldException("roles", "a worker's account cannot become a YOUNG_PERSON account:"
                        + " make a new account for the young person");
            }
            if (self && !roles.contains(Role.ADMIN)) {
                throw new InvalidFieldException("roles", "you cannot remove your own ADMIN role");
            }
            if (self && !enabled) {
                throw new InvalidFieldException("enabled", "you cannot disable your own account");
            }
            var detail = new java.util.ArrayList<String>();
            if (!roles.equals(account.roles())) {
                detail.add("roles " + sorted(account.roles()) + " to " + sorted(roles));
            }
            if (enabled != account.enabled()) {
                detail.add(enabled ? "enabled" : "disabled");
            }
            accessChanged[0] = !detail.isEmpty();
            if (!java.util.Objects.equals(displayName, account.displayName())) {
                detail.add("display name changed");
            }
            if (!java.util.Objects.equals(email, account.email())) {
                detail.add(email == null ? "e-mail address removed" : "e-mail address changed");
            }
            var event = new AuditEvent(admin.username(), "USER_UPDATED", account.youngPersonId(), null,
                    "account " + username + (detail.isEmpty() ? ": nothing changed" : ": " + String.join("; ", detail)));
            return new UserAccountRepository.Update(displayName, roles, enabled, email, event);
        }).map(this::view).orElseThrow(() -> new NotFoundException("Account"));
        if (accessChanged[0]) {
            // Open sessions hold the old roles: they end, and the user signs in to what the account allows now.
            sessionsToEnd.changed(username);
        }
        return updated;
    }

    /** Sets a new password for an account, audited as {@code PASSWORD_RESET}; the password is never recorded. */
    public void resetPassword(CurrentUser admin, String username, NewPassword password) {
        var event = new AuditEvent(admin.username(), "PASSWORD_RESET", null, null, "account " + username);
        if (!accounts.setPasswordHash(username, encoder.encode(password.password()), event)) {
            throw new NotFoundException("Account");
        }
        sessionsToEnd.changed(username);
    }

    private static List<String> sorted(java.util.Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().toList();
    }

    /** The account with this username, if it exists. */
    public Optional<UserView> find(String username) {
        return accounts.findByUsername(username).map(this::view);
    }
}
