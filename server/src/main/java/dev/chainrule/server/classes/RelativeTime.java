package dev.chainrule.server.classes;

import dev.chainrule.server.web.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as the dashboard words them in the request's language: how long ago ("3 days ago"), how long until ("in 2
 * days") and a deadline's date in UTC. One per request, with that request's "now".
 */
public final class RelativeTime {

    private final Messages messages;
    private final Instant now;
    private final DateTimeFormatter deadline;
    private final DateTimeFormatter day;
    private final DateTimeFormatter weekday;

    RelativeTime(Messages messages, Instant now) {
        this.messages = messages;
        this.now = now;
        this.deadline = DateTimeFormatter.ofPattern(messages.get("classes.deadlinePattern"), messages.locale()).withZone(ZoneOffset.UTC);
        this.day = DateTimeFormatter.ofPattern(messages.get("classes.dayPattern"), messages.locale());
        this.weekday = DateTimeFormatter.ofPattern("EEE", messages.locale());
    }

    /** "3 hours ago", "2 days ago", "within the hour"; for null, that there is no attempt yet. */
    public String ago(Instant time) {
        if (time == null) {
            return messages.get("classes.never");
        }
        Duration past = Duration.between(time, now);
        if (past.toHours() < 1) {
            return messages.get("classes.ago.now");
        }
        return past.toHours() < 24 ? messages.get("classes.ago.hours", past.toHours()) : messages.get("classes.ago.days", past.toDays());
    }

    /** "in 5 hours", "in 3 days" for a time to come (to the nearest day from two days on); {@link #ago} for one past. */
    public String until(Instant time) {
        if (!time.isAfter(now)) {
            return ago(time);
        }
        Duration ahead = Duration.between(now, time);
        if (ahead.toHours() < 1) {
            return messages.get("classes.in.hour");
        }
        return ahead.toHours() < 48 ? messages.get("classes.in.hours", ahead.toHours())
                : messages.get("classes.in.days", Math.round(ahead.toHours() / 24.0));
    }

    /** Whether {@code time} has passed. */
    public boolean past(Instant time) {
        return !time.isAfter(now);
    }

    /** A deadline's date and time in UTC, e.g. "15 Jan 2026, 23:59 UTC". */
    public String deadline(Instant time) {
        return deadline.format(time);
    }

    /** A chart day, e.g. "Mon 23 Nov". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** A chart day's short weekday, e.g. "Mon". */
    public String weekday(LocalDate date) {
        return weekday.format(date);
    }
}
