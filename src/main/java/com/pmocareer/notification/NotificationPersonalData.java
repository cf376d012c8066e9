package com.pmocareer.notification;

import com.pmocareer.people.PersonalDataContributor;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's notifications and preferences in a GDPR export; erasure deletes them and ends their calendar feed. */
@Component
class NotificationPersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(long personId) {
        return Map.of(
                "notifications", jdbc.sql("SELECT kind, title, body, created_at, read_at, mailed_at FROM notification"
                        + " WHERE person_id = :id ORDER BY created_at").param("id", personId).query().listOfRows(),
                "preferences", jdbc.sql("SELECT kind, mode FROM notification_preference WHERE person_id = :id")
                        .param("id", personId).query().listOfRows(),
                "calendarFeedSince", jdbc.sql("SELECT created_at FROM calendar_feed WHERE person_id = :id")
                        .param("id", personId).query().listOfRows());
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("DELETE FROM notification WHERE person_id = :id").param("id", personId).update();
        jdbc.sql("DELETE FROM notification_preference WHERE person_id = :id").param("id", personId).update();
        jdbc.sql("DELETE FROM calendar_feed WHERE person_id = :id").param("id", personId).update();
    }
}
