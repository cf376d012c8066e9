package com.pmocareer.certification;

/** Where a ledger entry came from: a completed course, a verified activity, confirmed experience, or a hand claim. */
public enum LedgerSource {
    COURSE("Course completed"),
    ACTIVITY("Learning activity verified"),
    EXPERIENCE("Experience confirmed"),
    CLAIM("Claimed with evidence");

    private final String label;

    LedgerSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
