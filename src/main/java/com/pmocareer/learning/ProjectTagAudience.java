package com.pmocareer.learning;

import java.time.LocalDate;
import java.util.Set;

/**
 * The extension point through which the module that records project assignments says who works on projects with a
 * compliance tag (HIPAA, GDPR…). Without one, such requirements apply to nobody yet and say so, rather than guessing.
 */
public interface ProjectTagAudience {

    Set<Long> peopleOnProjectsTagged(String tag, LocalDate on);
}
