package com.pmocareer.notification;

import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app notifications every module writes through, and each person's choice of how e-mail follows them. Writing
 * is idempotent per dedup key; the e-mail itself is sent later by {@link MailDispatch}, from what is stored here.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    private static final String INSERT = """
            INSERT INTO notification (person_id, kind, title, body, link, dedup_key, created_at, mail_mode, mailed_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?
             WHERE NOT EXISTS (SELECT 1 FROM notification WHERE dedup_key = ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    Notifications(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** Writes the notification unless one with its dedup key exists; answers whether it was written. */
    @Transactional
    public boolean send(NewNotification notification) {
        return sendAll(List.of(notification)) == 1;
    }

    /** Writes many at once (scans); answers how many were new. */
    @Transactional
    public int sendAll(Collection<NewNotification> notifications) {
        if (notifications.isEmpty()) {
            return 0;
        }
        var modes = new EnumMap<NotificationKind, Map<Long, DeliveryMode>>(NotificationKind.class);
        notifications.stream().map(NewNotification::kind).distinct().forEach(kind -> modes.put(kind, chosenModes(kind)));
        OffsetDateTime now = now();
        var rows = new ArrayList<>(notifications);
        int[][] counts = batch.batchUpdate(INSERT, rows, 500, (statement, n) -> {
            DeliveryMode mode = modes.get(n.kind()).getOrDefault(n.personId(), n.kind().defaultMode());
            statement.setLong(1, n.personId());
            statement.setString(2, n.kind().name());
            statement.setString(3, n.title());
            statement.setString(4, n.body());
            statement.setString(5, n.link());
            statement.setString(6, n.dedupKey());
            statement.setObject(7, now);
            statement.setString(8, mode.name());
            if (mode == DeliveryMode.OFF) {
                statement.setObject(9, now);
            } else {
                statement.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            statement.setString(10, n.dedupKey());
        });
        int written = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                written += Math.max(count, 0);
            }
        }
        return written;
    }

    public PageResponse<NotificationView> list(CurrentUser viewer, boolean unreadOnly, PageRequest page) {
        String where = " WHERE person_id = :person" + (unreadOnly ? " AND read_at IS NULL" : "");
        long total = jdbc.sql("SELECT COUNT(*) FROM notification" + where).param("person", viewer.personId())
                .query(Long.class).single();
        var content = jdbc.sql("SELECT * FROM notification" + where + " ORDER BY created_at DESC, id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .param("person", viewer.personId()).param("limit", page.size()).param("offset", page.offset())
                .query(Notifications::row).list();
        return PageResponse.of(content, page, total);
    }

    public long unreadCount(CurrentUser viewer) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :person AND read_at IS NULL")
                .param("person", viewer.personId()).query(Long.class).single();
    }

    /** Marks one of the viewer's own notifications read; someone else's answers as if it did not exist. */
    @Transactional
    public NotificationView markRead(CurrentUser viewer, long id) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE id = :id AND person_id = :person AND read_at IS NULL")
                .param("now", now()).param("id", id).param("person", viewer.personId()).update();
        return jdbc.sql("SELECT * FROM notification WHERE id = :id AND person_id = :person").param("id", id)
                .param("person", viewer.personId()).query(Notifications::row).optional()
                .orElseThrow(() -> new NotFoundException("Notification", id));
    }

    @Transactional
    public int markAllRead(CurrentUser viewer) {
        return jdbc.sql("UPDATE notification SET read_at = :now WHERE person_id = :person AND read_at IS NULL")
                .param("now", now()).param("person", viewer.personId()).update();
    }

    /** The viewer's delivery mode for every kind: their choice, or the kind's default. */
    public Map<NotificationKind, DeliveryMode> preferences(CurrentUser viewer) {
        var chosen = new EnumMap<NotificationKind, DeliveryMode>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, kind.defaultMode());
        }
        jdbc.sql("SELECT kind, mode FROM notification_preference WHERE person_id = :person")
                .param("person", viewer.personId()).query((rs, n) -> Map.entry(rs.getString("kind"), rs.getString("mode")))
                .list().forEach(row -> knownKind(row.getKey()).ifPresent(kind -> chosen.put(kind, DeliveryMode.valueOf(row.getValue()))));
        return chosen;
    }

    @Transactional
    public Map<NotificationKind, DeliveryMode> choose(CurrentUser viewer, Map<NotificationKind, DeliveryMode> modes) {
        modes.forEach((kind, mode) -> {
            int updated = jdbc.sql("UPDATE notification_preference SET mode = :mode WHERE person_id = :person AND kind = :kind")
                    .param("mode", mode.name()).param("person", viewer.personId()).param("kind", kind.name()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO notification_preference (person_id, kind, mode) VALUES (:person, :kind, :mode)")
                        .param("mode", mode.name()).param("person", viewer.personId()).param("kind", kind.name()).update();
            }
        });
        return preferences(viewer);
    }

    private Map<Long, DeliveryMode> chosenModes(NotificationKind kind) {
        var modes = new HashMap<Long, DeliveryMode>();
        jdbc.sql("SELECT person_id, mode FROM notification_preference WHERE kind = :kind").param("kind", kind.name())
                .query((rs, n) -> modes.put(rs.getLong("person_id"), DeliveryMode.valueOf(rs.getString("mode")))).list();
        return modes;
    }

    static java.util.Optional<NotificationKind> knownKind(String name) {
        try {
            return java.util.Optional.of(NotificationKind.valueOf(name));
        } catch (IllegalArgumentException retired) {
            return java.util.Optional.empty();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static NotificationView row(ResultSet rs, int rowNum) throws SQLException {
        return new NotificationView(rs.getLong("id"), knownKind(rs.getString("kind")).orElse(null), rs.getString("title"),
                rs.getString("body"), rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("read_at", OffsetDateTime.class));
    }
}
