package com.pmocareer.certification;

/**
 * What a unit in the ledger is: PMI's Talent Triangle and Giving Back categories, Scrum Alliance SEUs, PeopleCert CPD
 * points (learning or professional experience) and CompTIA CEUs. A credential names the categories that count for it.
 */
public enum LedgerCategory {
    PDU_WAYS_OF_WORKING("Ways of Working"),
    PDU_POWER_SKILLS("Power Skills"),
    PDU_BUSINESS_ACUMEN("Business Acumen"),
    PDU_GIVING_BACK("Giving Back"),
    WORKING_AS_PROFESSIONAL("Working as a Professional"),
    SEU("Scrum Education Units"),
    CPD("CPD points: learning"),
    CPD_PROFESSIONAL_EXPERIENCE("CPD points: professional experience"),
    CEU("Continuing Education Units");

    private final String label;

    LedgerCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
