package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.IntegrationTest;

class OpenApiIntegrationTests extends IntegrationTest {

    @Test
    void describesTheContractPathsToSignedInUsers() {
        var docs = admin.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        var paths = docs.json().path("paths");
        assertThat(paths.propertyNames()).contains("/api/users", "/api/young-people", "/api/young-people/{id}",
                "/api/young-people/{id}/coordinators/{username}", "/api/young-people/{id}/people",
                "/api/people/{personId}/kin", "/api/young-people/{id}/network", "/api/audit", "/api/caseload", "/api/tasks",
                "/api/young-people/{id}/plan/versions/{version}/approval", "/api/young-people/{id}/follow-ups",
                "/api/young-people/{id}/handover", "/api/young-people/{id}/handovers",
                "/api/young-people/{id}/stage", "/api/young-people/{id}/tasks",
                "/api/young-people/{id}/tasks/{taskId}", "/api/reports/team-work", "/api/young-people/{id}/notes",
                "/api/young-people/{id}/notes/{noteId}", "/api/young-people/{id}/chronology",
                "/api/young-people/{id}/chronology.html", "/api/young-people/{id}/chronology.pdf", "/api/me/notes",
                "/api/young-people/{id}/documents", "/api/young-people/{id}/documents/{documentId}",
                "/api/young-people/{id}/documents/{documentId}/content",
                "/api/young-people/{id}/documents/{documentId}/thumbnail", "/api/me/documents",
                "/api/me/documents/{documentId}/content", "/api/me/documents/{documentId}/thumbnail");
        assertThat(paths.propertyNames()).contains("/api/notifications", "/api/notifications/{id}/read",
                "/api/notifications/read-all");
        assertThat(docs.json().path("components").path("securitySchemes").has("basic")).isTrue();
    }
}
