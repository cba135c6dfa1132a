package org.ketamineguide.json;

import java.math.BigDecimal;

/**
 * A number exactly as the file wrote it. The tree keeps the text and {@link JsonFields} turns it
 * into a bounded {@link BigDecimal} only when a field is read, so a huge exponent in a field
 * nobody reads costs nothing and one in a field that is read is refused by that field's name.
 * Immutable.
 */
final class JsonNumber extends Number {
    private static final long serialVersionUID = 1L;

    private final String literal;

    JsonNumber(String literal) {
        this.literal = literal;
    }

    /** The number's text in the file. */
    String literal() {
        return literal;
    }

    @Override
    public int intValue() {
        return (int) doubleValue();
    }

    @Override
    public long longValue() {
        return (long) doubleValue();
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    /** Approximate; cheap even for huge exponents (they become infinity). */
    @Override
    public double doubleValue() {
        try {
            return Double.parseDouble(literal);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The exact value, or null when the text is not a number Java can hold. */
    BigDecimal exact() {
        try {
            return new BigDecimal(literal);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return literal;
    }
}
