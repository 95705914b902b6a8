// One page view's reads are one audit entry: (:AuditPageView {key}) names the entry a view's first read wrote, so
// its later reads (the page's other calls) fold into it. The key is unique, so calls arriving at once wait for each
// other and exactly one writes the entry.
CREATE CONSTRAINT audit_page_view_key IF NOT EXISTS
FOR (v:AuditPageView)
REQUIRE v.key IS UNIQUE;

// Views past their window are forgotten a few at a time.
CREATE INDEX audit_page_view_since IF NOT EXISTS
FOR (v:AuditPageView)
ON (v.since);
