/** What the PMO sees at a glance: role home pages now, dashboards and exports as the other modules arrive. */
package com.pmocareer.reporting;
