/**
 * Bringing networks in and out: GEDCOM 5.5.1 and 7.0 family trees (read with charset detection, merged with the
 * people already known, all or nothing; written as GEDCOM 7.0), and network exports for analysts.
 */
package org.lifelonglinks.exchange;
