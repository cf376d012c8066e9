package com.pmocareer.experience;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Months leading projects by PMI's rule: time on projects that overlap counts once. The date ranges of co-PM and PM
 * assignments are clipped to a window and merged; each continuous stretch counts its whole calendar months, and the
 * days left over from all stretches together count in average months (365.25 / 12 days). So 1 January 2021 to
 * 31 December 2023 is exactly 36 months, a day less is 35, and two half months on different projects make one.
 */
public final class LeadingMonths {


    /** Days from {@code from} to {@code to}, both included. */
    public record Stretch(LocalDate from, LocalDate to) {

        public Stretch {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("A stretch ends on or after its start: " + from + " to " + to);
            }
        }
    }

    /** The months and the stretches they came from, within {@code windowStart}..{@code windowEnd}. */
    public record Result(int months, List<Stretch> stretches, LocalDate windowStart, LocalDate windowEnd) {
    }

    private LeadingMonths() {
    }

    public static Result within(Collection<Stretch> ranges, LocalDate windowStart, LocalDate windowEnd) {
        List<Stretch> merged = merge(ranges, windowStart, windowEnd);
        return new Result(months(merged), merged, windowStart, windowEnd);
    }

    /** The ranges clipped to the window, sorted, with overlapping and touching ones joined. */
    static List<Stretch> merge(Collection<Stretch> ranges, LocalDate windowStart, LocalDate windowEnd) {
        List<Stretch> clipped = ranges.stream()
                .filter(r -> !r.to().isBefore(windowStart) && !r.from().isAfter(windowEnd))
                .map(r -> new Stretch(r.from().isBefore(windowStart) ? windowStart : r.from(),
                        r.to().isAfter(windowEnd) ? windowEnd : r.to()))
                .sorted(Comparator.comparing(Stretch::from))
                .toList();
        List<Stretch> merged = new ArrayList<>();
        for (Stretch next : clipped) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.from().isAfter(merged.get(last).to().plusDays(1))) {
                Stretch current = merged.get(last);
                merged.set(last, new Stretch(current.from(), next.to().isAfter(current.to()) ? next.to() : current.to()));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    static int months(List<Stretch> merged) {
        long months = 0;
        long leftoverDays = 0;
        for (Stretch stretch : merged) {
            Period period = Period.between(stretch.from(), stretch.to().plusDays(1));
            months += period.toTotalMonths();
            leftoverDays += period.getDays();
        }
        // An average month is 365.25 / 12 = 1461 / 48 days; whole numbers keep the rule exact.
        return Math.toIntExact(months + leftoverDays * 48 / 1461);
    }
}
