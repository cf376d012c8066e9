/** The PMO's people: persons, org units, accounts and API tokens, import, and personal-data export and erasure. */
package com.pmocareer.people;
