package org.ketamineguide.planner;

/**
 * What is wrong with a value in a plan file or in a field on the screen. The screen turns each
 * into plain words ({@code planner.problem.<name>} in the message bundle). Immutable.
 */
public enum PlanProblem {
    /** The file is not well-formed JSON, or does not hold one JSON object. */
    MALFORMED,
    /** The file's version is not one this app reads. */
    UNKNOWN_VERSION,
    /** The treatment is neither {@code spravato} nor {@code iv_ketamine}. */
    UNKNOWN_TREATMENT,
    /** A required value is absent, null, or (on screen) the field is empty. */
    MISSING,
    /** A number was expected: the file holds text, or the field holds letters. */
    NOT_A_NUMBER,
    /** A whole number was expected. */
    NOT_WHOLE,
    /** Money and percents allow at most two decimal places. */
    TOO_MANY_DECIMALS,
    /** Below zero. */
    NEGATIVE,
    /** Outside the field's range. */
    OUT_OF_RANGE,
    /** Commas that are not thousands separators, such as "1,50". */
    BAD_COMMAS,
    /** SPRAVATO's label allows a session every week or every 2 weeks from week 9, nothing else. */
    SPRAVATO_INTERVAL,
    /** {@code true} or {@code false} was expected. */
    NOT_TRUE_FALSE,
    /** Text was expected. */
    NOT_TEXT,
    /** A JSON object was expected. */
    NOT_OBJECT,
    /** A JSON list was expected, or the list has too few or too many entries. */
    NOT_LIST,
    /** A word from a fixed list was expected (such as yes, no or unsure). */
    UNKNOWN_CHOICE,
    /** Two values in the file contradict each other (such as coverage "no" with insurance.covered true). */
    CONFLICT
}
