package com.pmocareer.people;

import java.util.List;

/** An org unit with its sub-units; {@code depth} 0 is a root. */
public record OrgUnitView(long id, String name, Long parentId, int depth, long version, List<OrgUnitView> children) {
}
