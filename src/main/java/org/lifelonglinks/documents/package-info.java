/**
 * Documents and photos kept on a young person's record: the file's type read from its content, photos' metadata
 * (the place a phone recorded) removed before anything is kept, the bytes stored once per content in the data
 * folder (named by their SHA-256, owner-only) with their description in the graph, thumbnails for photos, every
 * download audited, and the documents shared with the young person shown to them only when the safeguarding module
 * says they may see everyone each one is about.
 */
package org.lifelonglinks.documents;
