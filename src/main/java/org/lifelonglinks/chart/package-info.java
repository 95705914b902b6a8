/**
 * Drawing a network as a chart a young person can read: an ecomap (Hartman) and a genogram (McGoldrick), laid out
 * once and painted as SVG, PNG or PDF.
 */
package org.lifelonglinks.chart;
