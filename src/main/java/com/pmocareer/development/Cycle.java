package com.pmocareer.development;

import com.pmocareer.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** A half-year development cycle, written "2026-H2". */
public record Cycle(int year, int half) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-H([12])");

    public static Cycle of(LocalDate date) {
        return new Cycle(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    public static Cycle parse(String text) {
        var match = text == null ? null : FORMAT.matcher(text.trim());
        if (match == null || !match.matches()) {
            throw InvalidInputException.of("cycle", "must look like 2026-H2");
        }
        return new Cycle(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)));
    }

    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public Cycle next() {
        return half == 1 ? new Cycle(year, 2) : new Cycle(year + 1, 1);
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
