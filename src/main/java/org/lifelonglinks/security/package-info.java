/**
 * Who the user is and what they may reach: accounts and roles, sign-in, the bootstrap administrator, and the
 * caseload rules that decide which young people's records each user can see.
 */
package org.lifelonglinks.security;
