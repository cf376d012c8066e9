package com.pmocareer.platform;

import com.pmocareer.shared.InvalidInputException;
import java.math.BigDecimal;

/** Numbers typed into forms: empty is null, a comma is a decimal point, anything else is refused for its field. */
public final class FormNumbers {

    private FormNumbers() {
    }

    public static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.of(field, "must be a number such as 1.5");
        }
    }

    public static Integer whole(String field, String text) {
        BigDecimal value = decimal(field, text);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw InvalidInputException.of(field, "must be a whole number");
        }
    }
}
