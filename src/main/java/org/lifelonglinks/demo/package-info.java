/**
 * The {@code demo} profile: an invented sample caseload loaded through the service's own API on first start, so a
 * newcomer can sign in and try every page in a minute. Never used with real data.
 */
package org.lifelonglinks.demo;
