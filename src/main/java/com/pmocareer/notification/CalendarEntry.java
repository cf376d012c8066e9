package com.pmocareer.notification;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One dated item in a person's calendar feed: an all-day entry ({@code day}) or a timed one ({@code start}/{@code end}).
 * {@code uid} stays the same for the same item, so calendar clients update instead of duplicating it.
 */
public record CalendarEntry(String uid, String title, String description, LocalDate day, ZonedDateTime start,
        ZonedDateTime end, String location) {

    public static CalendarEntry allDay(String uid, String title, String description, LocalDate day) {
        return new CalendarEntry(uid, title, description, day, null, null, null);
    }

    public static CalendarEntry timed(String uid, String title, String description, ZonedDateTime start,
            ZonedDateTime end, String location) {
        return new CalendarEntry(uid, title, description, null, start, end, location);
    }
}
