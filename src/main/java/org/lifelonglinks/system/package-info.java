/**
 * Cross-cutting infrastructure: the embedded Neo4j database, schema migrations, storage settings and the
 * translation of failures into RFC 9457 problem details.
 */
package org.lifelonglinks.system;
