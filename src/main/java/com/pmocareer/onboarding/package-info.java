/**
 * A new hire's first 90 days: versioned templates of dated tasks, a plan per new hire with progress and overdue tasks,
 * 30/60/90-day reviews, and the PMO documents people acknowledge by version.
 */
package com.pmocareer.onboarding;
