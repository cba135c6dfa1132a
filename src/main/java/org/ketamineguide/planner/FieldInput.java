package org.ketamineguide.planner;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads what a person typed or pasted into one field of the planner and says exactly what is
 * wrong with it. "$1,500.00", " 1500 " and "1,500" all mean 1500; a percent may end in "%".
 * Never throws for any text. Plain Java; stateless and thread-safe.
 */
public final class FieldInput {
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final int MAX_LENGTH = 40;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private FieldInput() {
    }

    /** The outcome of reading one field: a value, or the problem that stops it. */
    public record Result(BigDecimal value, PlanProblem problem) {
        public static Result ok(BigDecimal value) {
            return new Result(value, null);
        }

        public static Result bad(PlanProblem problem) {
            return new Result(null, problem);
        }

        public boolean isOk() {
            return problem == null;
        }

        /** The value as an int (for whole-number fields that passed). */
        public int intValue() {
            return value.intValueExact();
        }
    }

    /** Reads the text of a field: empty, letters, negative, too many decimals and out of range are refused. */
    public static Result parse(PlanField field, String text) {
        return read(field, text, true);
    }

    private static Result read(PlanField field, String text, boolean checkRange) {
        if (text == null || text.isBlank()) {
            return Result.bad(PlanProblem.MISSING);
        }
        String s = asciiDigits(text).strip();
        if (s.length() > MAX_LENGTH) {
            return Result.bad(looksNumeric(s) ? PlanProblem.OUT_OF_RANGE : PlanProblem.NOT_A_NUMBER);
        }
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = true;
            s = s.substring(1).strip();
        }
        if (field.kind() == PlanField.Kind.MONEY && s.startsWith("$")) {
            s = s.substring(1).strip();
        }
        if (!negative && (s.startsWith("-") || s.startsWith("\u2212"))) {
            negative = true; // "$-5"
            s = s.substring(1).strip();
        }
        if (field.kind() == PlanField.Kind.PERCENT && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.contains(",")) {
            if (!GROUPED.matcher(s).matches()) {
                return Result.bad(looksNumeric(s) ? PlanProblem.BAD_COMMAS : PlanProblem.NOT_A_NUMBER);
            }
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            return Result.bad(PlanProblem.NOT_A_NUMBER);
        }
        BigDecimal value = new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
        if (negative && value.signum() != 0) {
            return Result.bad(PlanProblem.NEGATIVE);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (field.kind() == PlanField.Kind.WHOLE && stripped.scale() > 0) {
            return Result.bad(PlanProblem.NOT_WHOLE);
        }
        // the digits as written, not stripped: "1.500" is how much of Latin America and Spain write
        // 1500, so reading it as 1.50 would quietly cut a price a thousand times
        if (field.kind() != PlanField.Kind.WHOLE && value.scale() > 2) {
            return Result.bad(PlanProblem.TOO_MANY_DECIMALS);
        }
        if (checkRange && !field.inRange(value)) {
            return Result.bad(PlanProblem.OUT_OF_RANGE);
        }
        return Result.ok(field.kind() == PlanField.Kind.WHOLE ? stripped.setScale(0) : value.setScale(2));
    }

    /** A value as the field shows it: "6", "1500", "12.50", or a percent or hours as "12.5". */
    public static String format(PlanField field, BigDecimal value) {
        return switch (field.kind()) {
            case WHOLE -> value.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString();
            case MONEY -> Money.toFieldText(value);
            case PERCENT, HOURS -> {
                BigDecimal p = value.stripTrailingZeros();
                yield (p.scale() < 0 ? p.setScale(0) : p).toPlainString();
            }
        };
    }

    /**
     * The text after pressing a stepper's minus (delta &lt; 0) or plus button: one step (half an
     * hour for hours, else 1), kept in the field's range. Text that does not read as a number
     * starts over from the field's minimum.
     */
    public static String step(PlanField field, String text, int delta) {
        Result current = read(field, text, false);
        BigDecimal size = field.kind() == PlanField.Kind.HOURS ? HALF : BigDecimal.ONE;
        BigDecimal value = current.isOk() ? current.value().add(size.multiply(BigDecimal.valueOf(delta))) : field.min();
        if (value.compareTo(field.min()) < 0) {
            value = field.min();
        }
        if (value.compareTo(field.max()) > 0) {
            value = field.max();
        }
        return format(field, value);
    }

    /**
     * Digits from other scripts ("١٥٠٠", full-width "１５００") as ASCII digits, so a person whose
     * keyboard writes them is read as they meant; everything else as typed.
     */
    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int digit = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                out.append((char) ('0' + digit));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean looksNumeric(String s) {
        return s.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.' || c == '$' || c == '-');
    }
}
