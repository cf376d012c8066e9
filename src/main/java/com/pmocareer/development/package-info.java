/** Individual development plans: a plan per person and half-year cycle, SMART goals on competencies, actions, check-ins, approval. */
package com.pmocareer.development;
