package com.pmocareer.experience;

/** A person's project assignments changed: their months leading projects may have too. */
public record AssignmentChanged(long personId, long projectId) {
}
