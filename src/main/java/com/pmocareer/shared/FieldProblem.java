package com.pmocareer.shared;

/** One reason a piece of input was refused; {@code line} is set for rows of an imported file. */
public record FieldProblem(String field, String message, Integer line) {

    public FieldProblem(String field, String message) {
        this(field, message, null);
    }
}
