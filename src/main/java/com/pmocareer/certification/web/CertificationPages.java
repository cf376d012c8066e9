package com.pmocareer.certification.web;

import com.pmocareer.platform.Outcomes;
import java.util.Map;

/** The words the certification forms use for each field. */
final class CertificationPages {

    static final Outcomes OUTCOMES = new Outcomes(Map.ofEntries(
            Map.entry("typeCode", "The certification"), Map.entry("credentialNumber", "The credential number"),
            Map.entry("earnedOn", "The date earned"), Map.entry("verificationUrl", "The verification link"),
            Map.entry("evidence", "The evidence"), Map.entry("evidenceUrl", "The evidence link"),
            Map.entry("route", "The renewal route"), Map.entry("renewedOn", "The renewal date"),
            Map.entry("title", "The title"), Map.entry("provider", "The provider"), Map.entry("hours", "The hours"),
            Map.entry("units", "The units"), Map.entry("note", "The note"), Map.entry("notes", "The notes"),
            Map.entry("plannedExamOn", "The planned exam date"), Map.entry("examCost", "The exam cost"),
            Map.entry("courseCost", "The course cost"), Map.entry("courseIds", "The study courses"),
            Map.entry("status", "The status"), Map.entry("on", "The exam date"), Map.entry("approved", "The decision"),
            Map.entry("amount", "The amount"), Map.entry("currency", "The currency"), Map.entry("year", "The year"),
            Map.entry("issuer", "The issuer"), Map.entry("name", "The name"), Map.entry("level", "The level"),
            Map.entry("source", "The source"), Map.entry("checkedOn", "The date checked"),
            Map.entry("validityMonths", "The validity"), Map.entry("unitsRequired", "The units per cycle"),
            Map.entry("accepted", "The categories that count"), Map.entry("graceDays", "The grace period"),
            Map.entry("carryOverMax", "The carry-over"), Map.entry("carryOverMonths", "The carry-over window"),
            Map.entry("ruleStatus", "The rule status"), Map.entry("code", "The code")));

    private CertificationPages() {
    }
}
