package com.pmocareer.development;

import com.pmocareer.learning.LearningCompleted;
import com.pmocareer.learning.LearningPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A completed course ticks off the goal actions that linked it (by course id or code) and the learning-path actions
 * whose path is now complete, in the person's plans.
 */
@Component
class LearningProgressListener {

    private final JdbcClient jdbc;
    private final LearningPaths paths;

    LearningProgressListener(JdbcClient jdbc, LearningPaths paths) {
        this.jdbc = jdbc;
        this.paths = paths;
    }

    @ApplicationModuleListener
    void on(LearningCompleted completed) {
        if (completed.courseId() == null) {
            return;
        }
        jdbc.sql("""
                UPDATE development_action SET done = TRUE
                 WHERE kind = 'COURSE' AND done = FALSE
                   AND (reference_id = :id OR UPPER(reference_id) = UPPER(:code))
                   AND goal_id IN (SELECT g.id FROM development_goal g JOIN development_plan p ON p.id = g.plan_id
                                    WHERE p.person_id = :person)""")
                .param("id", String.valueOf(completed.courseId())).param("code", completed.courseCode())
                .param("person", completed.personId()).update();
        var pathActions = jdbc.sql("""
                SELECT a.id, a.reference_id FROM development_action a
                  JOIN development_goal g ON g.id = a.goal_id JOIN development_plan p ON p.id = g.plan_id
                 WHERE p.person_id = :person AND a.kind = 'LEARNING_PATH' AND a.done = FALSE""")
                .param("person", completed.personId())
                .query((rs, n) -> new long[] {rs.getLong(1), parse(rs.getString(2))}).list();
        for (long[] action : pathActions) {
            if (action[1] > 0 && paths.completedBy(completed.personId(), action[1])) {
                jdbc.sql("UPDATE development_action SET done = TRUE WHERE id = :id").param("id", action[0]).update();
            }
        }
    }

    private static long parse(String reference) {
        return reference != null && reference.matches("\\d{1,18}") ? Long.parseLong(reference) : -1;
    }
}
