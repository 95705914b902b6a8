package org.lifelonglinks.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The actions the features write to the trail, in words for the trail's filter: {@code NETWORK_READ} is
 * "Read: network", {@code PERSON_ADDED} is "Person added". The filter offers these; the API still takes any code.
 */
final class AuditActions {

    private static final List<String> CODES = List.of(
            "ACCESS_REFUSED",
            "ACCOUNT_LOCKED",
            "ACCOUNT_UNLOCKED",
            "ADDRESS_BLOCKED",
            "ANALYSIS_READ",
            "AUDIT_READ",
            "BACKUP_TAKEN",
            "CASELOAD_READ",
            "CASES_IMPORTED",
            "CASE_HANDED_OVER",
            "CHART_READ",
            "CHRONOLOGY_READ",
            "CONNECTION_UPDATED",
            "CONSENT_RECORDED",
            "CONTACTS_READ",
            "CONTACT_DETAILS_READ",
            "CONTACT_DETAILS_UPDATED",
            "CONTACT_RECORDED",
            "DIRECTORY_DELETED",
            "DIRECTORY_IMPORTED",
            "DOCUMENTS_READ",
            "DOCUMENT_CORRECTED",
            "DOCUMENT_DOWNLOADED",
            "DOCUMENT_READ",
            "DOCUMENT_UPLOADED",
            "DOCUMENT_WITHDRAWN",
            "DUPLICATES_CHECKED",
            "ERASURE_DECLINED",
            "ERASURE_REQUESTED",
            "ERASURE_REQUESTS_READ",
            "FOLLOW_UPS_READ",
            "FOLLOW_UP_RECORDED",
            "GEDCOM_EXPORTED",
            "GEDCOM_IMPORTED",
            "HANDOVERS_READ",
            "KIN_RECORDED",
            "MEETING_READ",
            "MEETING_SAVED",
            "MESSAGES_MARKED_READ",
            "MESSAGES_READ",
            "MESSAGE_SENT",
            "NETWORK_EXPORTED",
            "NETWORK_READ",
            "NOTES_READ",
            "NOTE_CORRECTED",
            "NOTE_READ",
            "NOTE_WRITTEN",
            "NOTIFICATIONS_READ",
            "NOTIFICATION_DIGEST_RUN",
            "OBJECTION_RECORDED",
            "OUTCOME_REPORT_READ",
            "OWN_CHART_READ",
            "OWN_DOCUMENTS_READ",
            "OWN_DOCUMENT_DOWNLOADED",
            "OWN_FAMILY_KNOWLEDGE_SAID",
            "OWN_MEETING_WISHES_SAID",
            "OWN_MESSAGES_READ",
            "OWN_MESSAGE_SENT",
            "OWN_NETWORK_READ",
            "OWN_NOTES_READ",
            "OWN_PLAN_HAPPENING_SAID",
            "OWN_SUGGESTIONS_READ",
            "OWN_SUGGESTION_MADE",
            "OWN_UNSAFE_SAID",
            "OWN_VOICE_READ",
            "OWN_WISH_SAID",
            "PASSWORD_RESET",
            "PERSON_ADDED",
            "PERSON_CONNECTED",
            "PERSON_ERASED",
            "PERSON_READ",
            "PERSON_UPDATED",
            "PLAN_AGREED",
            "PLAN_APPROVED",
            "PLAN_PRINTED",
            "PLAN_READ",
            "PLAN_VERSIONS_READ",
            "PRIVACY_NOTICE_RECORDED",
            "PROGRESS_READ",
            "RELATIONSHIP_READ",
            "RETENTION_REVIEWED",
            "RETENTION_REVIEW_RUN",
            "RETENTION_SET",
            "REVIEWS_READ",
            "REVIEW_RECORDED",
            "SAFETY_DECISION_RECORDED",
            "SAFETY_READ",
            "SIGN_IN_BLOCKED",
            "SIGN_IN_FAILED",
            "STAGE_READ",
            "STATUS_CHANGED",
            "SUBJECT_ACCESS_DISCLOSED",
            "SUGGESTIONS_READ",
            "SUGGESTION_ACCEPTED",
            "SUGGESTION_ANSWERED",
            "TASKS_READ",
            "TASK_CREATED",
            "TASK_UPDATED",
            "TEAM_WORK_READ",
            "TOKEN_CREATED",
            "TOKEN_REFUSED",
            "TOKEN_REVOKED",
            "TRACE_SEARCHED",
            "TRACING_BASIS_RECORDED",
            "TRACING_INDEX_REBUILT",
            "USER_CREATED",
            "USER_UPDATED",
            "VOICE_READ",
            "WORKER_ASSIGNED",
            "WORKER_UNASSIGNED",
            "YOUNG_PEOPLE_LISTED",
            "YOUNG_PERSON_CREATED",
            "YOUNG_PERSON_ERASED",
            "YOUNG_PERSON_READ",
            "YOUNG_PERSON_UPDATED");

    /** Each code with its words, in the order of the words. */
    static final List<AuditTrail.Choice> CHOICES = CODES.stream()
            .map(code -> new AuditTrail.Choice(code, words(code)))
            .sorted(Comparator.comparing(AuditTrail.Choice::label))
            .toList();

    private AuditActions() {
    }

    /** NETWORK_READ → "Read: network"; YOUNG_PEOPLE_LISTED → "Listed: young people"; PERSON_ADDED → "Person added". */
    static String words(String code) {
        String lower = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        for (String verb : List.of("read", "listed")) {
            if (lower.endsWith(" " + verb) && !lower.endsWith("marked read")) {
                return capitalised(verb) + ": " + lower.substring(0, lower.length() - verb.length() - 1);
            }
        }
        return capitalised(lower);
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static Stream<String> codes() {
        return CODES.stream();
    }
}
