package com.pmocareer.experience;

import com.pmocareer.shared.PageResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the experience log takes and shows. */
public final class ExperienceViews {

    private ExperienceViews() {
    }

    public record EntryCommand(Long projectId, LocalDate occurredOn, LocalDate untilOn, BigDecimal hours,
            ProcessGroup processGroup, String activity, Ceremony ceremony, CeremonyRole ceremonyRole, String description) {
    }

    public record EntryView(long id, long personId, Long projectId, String projectCode, String projectName,
            LocalDate occurredOn, LocalDate untilOn, BigDecimal hours, ProcessGroup processGroup, String activity,
            Ceremony ceremony, CeremonyRole ceremonyRole, String description, EntryStatus status, Long confirmedBy,
            String confirmedByName, EntrySource source, long version) {
    }

    /** Hours and times of one ceremony: facilitating counts apart from attending. */
    public record CeremonyPractice(Ceremony ceremony, BigDecimal hours, int facilitated, int attended) {
    }

    /**
     * A person's experience at a glance. Hours count every entry but rejected ones; {@code notPractised} lists the
     * process groups and ceremonies without any, so a mentor sees what to give the junior next.
     */
    public record ExperienceSummary(int entries, BigDecimal hours, BigDecimal confirmedHours,
            Map<ProcessGroup, BigDecimal> hoursByGroup, List<CeremonyPractice> ceremonies,
            List<ProcessGroup> groupsNotPractised, List<Ceremony> ceremoniesNotPractised, int monthsLeading,
            List<LeadingMonths.Stretch> leadingStretches) {
    }

    /** A page of the log with the summary over all of it. */
    public record LogPage(ExperienceSummary summary, PageResponse<EntryView> entries) {
    }
}
