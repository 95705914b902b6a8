package org.lifelonglinks.tracing;

/**
 * One piece of evidence for or against a candidate: a weight in bits (positive for agreement) and the reason in
 * plain words.
 */
record Evidence(double weight, String reason) {
}
