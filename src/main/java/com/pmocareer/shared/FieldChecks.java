package com.pmocareer.shared;

import java.net.URI;
import java.util.List;

/** The checks every form and API body repeats, each adding a {@link FieldProblem} rather than failing on the first. */
public final class FieldChecks {

    private FieldChecks() {
    }

    public static void requireText(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "must not be empty"));
        } else if (value.trim().length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
    }

    public static void limitText(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
    }

    public static boolean isWebAddress(String value) {
        try {
            URI uri = URI.create(value.trim());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Refuses with every problem found, if any. */
    public static void refuseIfAny(String message, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(message, problems);
        }
    }
}
