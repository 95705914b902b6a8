// Wrong passwords now block the client that sent them, in memory, not the account: the old account-wide lock and
// its counter are gone, so an account locked at upgrade time opens at once.
MATCH (u:UserAccount)
WHERE u.lockedUntil IS NOT NULL OR u.failedSignIns IS NOT NULL
REMOVE u.lockedUntil, u.failedSignIns;
