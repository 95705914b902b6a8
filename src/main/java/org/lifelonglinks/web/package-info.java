/**
 * The web pages: sign-in, the coordinator's workspace, the young person's own page, the managers' dashboard and
 * the administrators' pages. Templates are thin shells; each page's script reads and writes through the same
 * JSON API that scripts use, so every access is checked by caseload and audited in one place.
 */
package org.lifelonglinks.web;
