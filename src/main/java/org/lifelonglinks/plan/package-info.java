/**
 * The Lifelong Links work with each person in a network, recorded as facts: safety decisions, the coordinator's
 * tracing attempts and the contact between the young person and the person, the connection's status, the
 * Lifelong Links meeting, the plan agreed there (in versions) and its reviews; the printable plan.
 */
package org.lifelonglinks.plan;
