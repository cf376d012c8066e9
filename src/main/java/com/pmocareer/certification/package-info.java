/**
 * Certifications: types with their eligibility and renewal rules, goals and budgets, credentials held with their
 * cycles, and one ledger of continuing-education units that counts each activity for every credential it serves.
 */
package com.pmocareer.certification;
