package com.pmocareer.certification;

import com.pmocareer.notification.CalendarEntry;
import com.pmocareer.notification.CalendarEntrySource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Planned exams and the ends of credential cycles, as all-day entries of the person's calendar feed. */
@Component
class CertificationCalendar implements CalendarEntrySource {

    private final JdbcClient jdbc;
    private final CertificationCatalog catalog;

    CertificationCalendar(JdbcClient jdbc, CertificationCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public List<CalendarEntry> entriesFor(long personId, LocalDate from) {
        List<CalendarEntry> entries = new ArrayList<>();
        jdbc.sql("""
                SELECT id, type_id, planned_exam_on FROM certification_goal
                 WHERE person_id = :person AND status IN ('PLANNED', 'STUDYING', 'BOOKED') AND planned_exam_on >= :from""")
                .param("person", personId).param("from", from)
                .query(rs -> {
                    entries.add(CalendarEntry.allDay("certification-exam-" + rs.getLong(1) + "@pmo-career",
                            catalog.byId(rs.getLong(2)).name() + " exam", "Planned certification exam.",
                            rs.getObject(3, LocalDate.class)));
                });
        jdbc.sql("SELECT id, type_id, cycle_end FROM credential WHERE person_id = :person AND cycle_end >= :from")
                .param("person", personId).param("from", from)
                .query(rs -> {
                    var type = catalog.byId(rs.getLong(2));
                    entries.add(CalendarEntry.allDay("credential-end-" + rs.getLong(1) + "@pmo-career",
                            type.name() + " cycle ends", "Renew it: " + type.renewal() + ".", rs.getObject(3, LocalDate.class)));
                });
        return entries;
    }
}
