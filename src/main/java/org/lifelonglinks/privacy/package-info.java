/**
 * What data protection law asks the service to record about the people it holds: the young person's consent and
 * the lawful basis at referral (and the gate that keeps tracing and contact closed without it), the basis for
 * tracing each person, the privacy notices sent to people traced from outside the network and their objections,
 * and the retention of each record (its date, a legal hold, an erasure asked for).
 */
package org.lifelonglinks.privacy;
