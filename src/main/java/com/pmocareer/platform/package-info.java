/** Cross-cutting machinery: security and the signed-in user, the layout, error answers, and the audit log. */
package com.pmocareer.platform;
