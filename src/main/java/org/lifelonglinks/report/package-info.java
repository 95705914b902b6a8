/**
 * The managers' outcome report: the rates that matter, counted from recorded facts (baseline at referral
 * against contact recorded since), with definitions, and small counts suppressed so no child can be identified.
 * It reads the graph written by the network and plan modules and returns no names and no ids.
 */
package org.lifelonglinks.report;
