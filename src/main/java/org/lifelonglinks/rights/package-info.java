/**
 * The rights of the people the service holds, carried out: erasure that leaves nothing of a person (graph, search
 * index, exports, the young person's views, kept answers) with a tombstone in the audit trail, and subject access
 * packs (JSON and PDF) with other people's names redacted.
 */
package org.lifelonglinks.rights;
