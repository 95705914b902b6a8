/**
 * The audit trail: who read or changed which young person's record, when and how; appended by every feature,
 * queried only by administrators.
 */
package org.lifelonglinks.audit;
