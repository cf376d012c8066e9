package com.pmocareer.people;

import com.pmocareer.shared.Role;
import java.time.LocalDate;
import java.util.Set;

/** A person as pages and the API show them; {@code levelSince} is when they reached their career level. */
public record PersonView(long id, String email, String fullName, String jobTitle, long orgUnitId, String orgUnitName,
        String careerLevel, String careerLevelName, LocalDate startDate, LocalDate levelSince, EducationLevel educationLevel,
        Long lineManagerId, String lineManagerName, Set<Role> roles, long version) {

    public PersonSummary summary() {
        return new PersonSummary(id, fullName, orgUnitId, careerLevel, levelSince);
    }

    public String initials() {
        String[] parts = fullName.trim().split("\\s+");
        String first = parts[0].substring(0, 1);
        return parts.length > 1 ? first + parts[parts.length - 1].charAt(0) : first;
    }
}
