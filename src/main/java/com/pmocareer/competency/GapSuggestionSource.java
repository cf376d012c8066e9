package com.pmocareer.competency;

import java.util.List;
import java.util.Map;

/**
 * The extension point through which other modules offer what closes a gap: the learning catalog its courses and
 * paths for the competency, mentoring its mentors strong in it. Asked once per analysis with all its gaps.
 */
public interface GapSuggestionSource {

    /** A gap: the person is at {@code currentLevel} (0 = not assessed) and needs {@code requiredLevel}. */
    record Gap(String competencyCode, int currentLevel, int requiredLevel) {
    }

    /** Suggestions by competency code; codes without any may be left out. */
    Map<String, List<GapSuggestion>> suggest(List<Gap> gaps);
}
