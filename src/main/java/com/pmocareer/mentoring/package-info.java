/** Mentorship and coaching: who mentors whom, from when to when. Matching and sessions build on it. */
package com.pmocareer.mentoring;
