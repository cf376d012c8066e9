package com.pmocareer.people;

import com.pmocareer.shared.Role;
import java.util.List;
import java.util.Set;

/** The demo IT PMO: who is in it, in which team, at which stage. Start dates are months before today. */
final class DemoPmo {

    static final String PASSWORD = "demo";
    static final String ROOT = "IT PMO";
    static final String TEAM_INFRA = "Infrastructure & Cloud Delivery";
    static final String TEAM_DIGITAL = "Digital & Applications Delivery";

    record DemoPerson(String email, String fullName, String jobTitle, String unit, String level, int monthsAgo,
            EducationLevel education, String managerEmail, Set<Role> roles) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("admin@pmo.example", "Morgan Reyes", "PMO Operations & Training Coordinator", ROOT,
                    "PROJECT_MANAGER", 60, EducationLevel.BACHELOR, null, Set.of(Role.ADMIN)),
            new DemoPerson("lead@pmo.example", "Priya Natarajan", "Head of PMO", ROOT, "PROGRAMME_MANAGER", 96,
                    EducationLevel.MASTER, null, Set.of(Role.PMO_LEAD)),
            new DemoPerson("lead2@pmo.example", "Daniel Okafor", "Team Lead, Digital Delivery", TEAM_DIGITAL,
                    "SENIOR_PM", 72, EducationLevel.BACHELOR, "lead@pmo.example", Set.of(Role.PMO_LEAD)),
            new DemoPerson("mentor@pmo.example", "Sofia Lindqvist", "Senior Project Manager", TEAM_INFRA, "SENIOR_PM",
                    84, EducationLevel.MASTER, "lead@pmo.example", Set.of(Role.MENTOR)),
            new DemoPerson("mentor2@pmo.example", "Marcus Chen", "Senior Project Manager", TEAM_INFRA, "SENIOR_PM", 66,
                    EducationLevel.BACHELOR, "lead@pmo.example", Set.of(Role.MENTOR)),
            new DemoPerson("mentor3@pmo.example", "Elena Petrova", "Project Manager", TEAM_DIGITAL, "PROJECT_MANAGER",
                    48, EducationLevel.BACHELOR, "lead2@pmo.example", Set.of(Role.MENTOR)),
            new DemoPerson("mentor4@pmo.example", "James O'Connor", "Senior Project Manager", TEAM_DIGITAL, "SENIOR_PM",
                    90, EducationLevel.SECONDARY, "lead2@pmo.example", Set.of(Role.MENTOR)),
            new DemoPerson("junior@pmo.example", "Liam Novak", "Junior Project Manager", TEAM_INFRA, "JUNIOR_PM", 14,
                    EducationLevel.BACHELOR, "lead@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior2@pmo.example", "Aisha Rahman", "Junior Project Manager", TEAM_DIGITAL, "JUNIOR_PM", 3,
                    EducationLevel.MASTER, "lead2@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior3@pmo.example", "Tomás García", "Junior Project Manager", TEAM_INFRA, "JUNIOR_PM", 17,
                    EducationLevel.BACHELOR, "lead@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior4@pmo.example", "Hannah Weber", "Junior Project Manager", TEAM_INFRA, "JUNIOR_PM", 9,
                    EducationLevel.ASSOCIATE, "lead@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior5@pmo.example", "Kwame Mensah", "Junior Project Manager", TEAM_INFRA, "JUNIOR_PM", 6,
                    EducationLevel.BACHELOR, "lead@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior6@pmo.example", "Yuki Tanaka", "Associate Project Manager", TEAM_INFRA, "JUNIOR_PM", 1,
                    EducationLevel.BACHELOR, "lead@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior7@pmo.example", "Chloé Martin", "Junior Project Manager", TEAM_INFRA, "JUNIOR_PM", 12,
                    EducationLevel.SECONDARY, "lead@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior8@pmo.example", "Ravi Patel", "Junior Project Manager", TEAM_DIGITAL, "JUNIOR_PM", 15,
                    EducationLevel.BACHELOR, "lead2@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior9@pmo.example", "Olivia Brown", "Junior Project Manager", TEAM_DIGITAL, "JUNIOR_PM", 11,
                    EducationLevel.MASTER, "lead2@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior10@pmo.example", "Mateo Rossi", "Associate Project Manager", TEAM_DIGITAL, "JUNIOR_PM",
                    7, EducationLevel.ASSOCIATE, "lead2@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior11@pmo.example", "Zara Ahmed", "Junior Project Manager", TEAM_DIGITAL, "JUNIOR_PM", 4,
                    EducationLevel.BACHELOR, "lead2@pmo.example", Set.of(Role.JUNIOR_PM)),
            new DemoPerson("junior12@pmo.example", "Noah Kowalski", "Junior Project Manager", TEAM_DIGITAL, "JUNIOR_PM",
                    0, EducationLevel.BACHELOR, "lead2@pmo.example", Set.of(Role.JUNIOR_PM)));

    private DemoPmo() {
    }
}
