/**
 * Tracing: finds lost relatives among network people and imported directory records with a Lucene index that
 * tolerates misspellings, nicknames, former surnames and mistyped dates, and explains each match in plain words.
 */
package org.lifelonglinks.tracing;
