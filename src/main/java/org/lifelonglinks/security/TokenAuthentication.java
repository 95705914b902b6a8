package org.lifelonglinks.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed in with an API token: the token's account, with the roles the account holds now. */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final AccountPrincipal principal;

    TokenAuthentication(AccountPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public AccountPrincipal getPrincipal() {
        return principal;
    }
}
