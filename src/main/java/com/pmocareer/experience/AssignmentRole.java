package com.pmocareer.experience;

/** A junior's way up on a project: watching, shadowing the PM, sharing the lead, leading. */
public enum AssignmentRole {
    OBSERVER("Observer", false),
    SHADOW("Shadow", false),
    CO_PM("Co-PM", true),
    PM("PM", true);

    private final String label;
    private final boolean leading;

    AssignmentRole(String label, boolean leading) {
        this.label = label;
        this.leading = leading;
    }

    public String label() {
        return label;
    }

    /** Counts as leading a project: months in this role are PMI's months of experience leading projects. */
    public boolean leading() {
        return leading;
    }
}
