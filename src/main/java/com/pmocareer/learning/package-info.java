/**
 * Formal and continuous learning: the course catalog with providers, sessions with capacity and waitlist, enrolment
 * with approval, attendance and completion, learning paths, mandatory compliance and security-awareness training,
 * self-logged activities and xAPI statements from an external LMS. Every completion is published as LearningCompleted.
 */
package com.pmocareer.learning;
