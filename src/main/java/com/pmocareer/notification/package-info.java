/**
 * Telling people what needs them: in-app notifications, e-mail (immediate or one daily digest, per person and kind),
 * private calendar feeds, and the scheduled scans that run once across all instances.
 */
package com.pmocareer.notification;
