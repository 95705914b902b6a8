// Data protection: one consent per young person, one record per person, each privacy notice once.
CREATE CONSTRAINT consent_young_person IF NOT EXISTS
FOR (c:Consent)
REQUIRE c.youngPersonId IS UNIQUE;

CREATE CONSTRAINT data_protection_person IF NOT EXISTS
FOR (d:DataProtection)
REQUIRE d.personId IS UNIQUE;

CREATE CONSTRAINT privacy_notice_id IF NOT EXISTS
FOR (n:PrivacyNotice)
REQUIRE n.id IS UNIQUE;
