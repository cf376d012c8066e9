/** Value types and exceptions every module speaks: roles, pages, and the failures a request can end in. No beans. */
package com.pmocareer.shared;
