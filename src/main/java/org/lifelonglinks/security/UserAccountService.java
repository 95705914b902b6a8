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

/** Makes and lists accounts. Only administrators reach it (see {@link SecurityConfiguration}). */
@Service
public class UserAccountService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    public UserView create(CurrentUser admin, NewUser request) {
        if (request.youngPersonId() != null && !accounts.youngPersonExists(request.youngPersonId())) {
            throw new InvalidFieldException("youngPersonId", "there is no young person with this id");
        }
        var account = new UserAccount(request.username(), encoder.encode(request.password()), request.displayName(),
                request.roles(), request.youngPersonId(), true, clock.instant());
        var event = new AuditEvent(admin.username(), "USER_CREATED", request.youngPersonId(), null,
                "account " + request.username() + " with roles " + request.roles());
        if (!accounts.create(account, event)) {
            throw new ConflictException("username", "the username '" + request.username() + "' is already taken");
        }
        return UserView.of(account);
    }

    public List<UserView> all() {
        return accounts.findAll().stream().map(UserView::of).toList();
    }

    /** Lifts a lock after failed sign-ins, before it ends by itself. */
    public void unlock(CurrentUser admin, String username) {
        var event = new AuditEvent(admin.username(), "ACCOUNT_UNLOCKED", null, null, "account " + username);
        if (!accounts.clearFailedSignIns(username, event)) {
            throw new NotFoundException("Account");
        }
    }

    /** The account with this username, if it exists. */
    public Optional<UserView> find(String username) {
        return accounts.findByUsername(username).map(UserView::of);
    }
}
