/**
 * Understanding a network: its size then and now, who is the only link to a branch of the family, who could
 * help reach a lost relative, who is central, and how each person is related to the young person.
 */
package org.lifelonglinks.analysis;
