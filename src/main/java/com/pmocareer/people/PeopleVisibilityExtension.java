package com.pmocareer.people;

import com.pmocareer.platform.CurrentUser;
import java.util.Set;

/**
 * Lets another module widen whom a user may see beyond the people module's own rules (a mentor sees current
 * mentees). Only ever adds people.
 */
public interface PeopleVisibilityExtension {

    Set<Long> additionallyVisible(CurrentUser viewer);
}
