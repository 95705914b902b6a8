/**
 * Each young person's network: the young person, the people who matter to them, the connections between them
 * and the kinship among all of them, stored in Neo4j.
 */
package org.lifelonglinks.network;
