package org.lifelonglinks.casework;

import java.time.LocalDate;

/**
 * One dated event in the story of the work.
 *
 * @param kind     REFERRAL, NOTE, CONTACT, SAFETY_DECISION, MEETING, PLAN, REVIEW, DOCUMENT
 * @param what     the event in words, for workers
 * @param personId the network person it concerns, if one
 * @param by       who recorded it, where known
 * @param ref      the id of the record behind it (a note's id, a plan's version…), where it has one
 */
public record ChronologyEntry(LocalDate date, String kind, String what, String personId, String personName,
        String by, String ref) {
}
