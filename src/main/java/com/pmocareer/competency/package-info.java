/**
 * The spine of the product: the versioned competency framework, the career ladder, assessments and 360 rounds,
 * the derived current proficiency, gap analysis and promotion readiness. Other modules feed it evidence.
 */
package com.pmocareer.competency;
