package com.pmocareer.learning;

/**
 * What a completion can be credited as: PMI PDUs by Talent Triangle side or as Giving Back, Scrum Alliance SEUs,
 * PeopleCert CPD points, CompTIA CEUs.
 * The certification module decides which count for which credential.
 */
public enum UnitCategory {
    PDU_WAYS_OF_WORKING("PDU · Ways of Working"),
    PDU_POWER_SKILLS("PDU · Power Skills"),
    PDU_BUSINESS_ACUMEN("PDU · Business Acumen"),
    PDU_GIVING_BACK("PDU · Giving Back"),
    SEU("SEU (Scrum Alliance)"),
    CPD("CPD points (PeopleCert)"),
    CEU("CEU (CompTIA)");

    private final String label;

    UnitCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
