package com.pmocareer.competency;

import java.util.List;

/** The five proficiency levels every competency's indicators describe. */
public final class ProficiencyScale {

    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final List<String> NAMES = List.of("Aware", "Practising with help", "Independent", "Leads others",
            "Expert");

    private ProficiencyScale() {
    }

    public static String name(Integer level) {
        return level == null || level < MIN || level > MAX ? "Not assessed" : NAMES.get(level - 1);
    }

    public static boolean valid(Integer level) {
        return level != null && level >= MIN && level <= MAX;
    }
}
