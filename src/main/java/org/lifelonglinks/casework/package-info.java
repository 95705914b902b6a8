/**
 * Casework that leads the work: the stage each young person's work has reached, derived from the recorded facts
 * with the date it changed; the tasks that are due (computed on every read from safety decisions, connections,
 * the meeting, the plan and its reviews, so they are never stale) and the tasks workers write by hand; the
 * caseload with what needs attention first, the social worker's approvals, and the managers' overdue counts per
 * team (no names). It reads the graph written by the network and plan modules; who is barred or approved today
 * comes from the safeguarding module.
 */
package org.lifelonglinks.casework;
