package com.pmocareer.experience;

/** Budget bands instead of amounts: enough to judge a project's weight without exposing its figures. */
public enum BudgetBand {
    UNDER_100K("under 100k"),
    FROM_100K_TO_500K("100k–500k"),
    FROM_500K_TO_2M("500k–2M"),
    OVER_2M("over 2M");

    private final String label;

    BudgetBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
