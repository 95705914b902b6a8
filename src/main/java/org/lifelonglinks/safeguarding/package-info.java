/**
 * The one owner of "what may this user see of this network, now": who is in the network, who is barred from
 * contact by a standing safety decision, who is hidden from the young person, who is in touch. Every other
 * module asks it ({@link org.lifelonglinks.safeguarding.Safeguarding}); none reads a {@code :SafetyDecision} or
 * the hidden flag itself. It has no fallback: when it cannot answer, the request fails.
 */
package org.lifelonglinks.safeguarding;
