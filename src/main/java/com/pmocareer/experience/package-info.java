/**
 * Hands-on experience: the PMO's project registry, who works on which project in which role, the experience log by
 * PM process group and Agile ceremony, work products reviewed against a rubric, and imports from MS Project plans
 * and Jira boards. Publishes months leading projects (PMI's non-overlapping rule) for eligibility and the ladder.
 */
package com.pmocareer.experience;
