package org.ketamineguide.planner;

import org.ketamineguide.json.JsonProblem;

/**
 * A plan file, or a plan built in code, was refused: the planner's flavour of the app's one
 * {@link JsonProblem}. The message names the field (for example {@code insurance.coinsurancePercent})
 * so that a person or a test can see what to fix; the screen uses {@link #field()} (the path in
 * the file, or "file" for the whole file) and {@link #problem()} to say it in plain words. Immutable.
 */
public final class PlanFileException extends JsonProblem {
    private static final long serialVersionUID = 1L;

    private final PlanProblem problem;
    private final String detail;

    public PlanFileException(String field, PlanProblem problem, String detail) {
        this(null, field, problem, detail);
    }

    /** A problem in a named file: the message then starts with the file's name. */
    public PlanFileException(String file, String field, PlanProblem problem, String detail) {
        super(file == null ? field + ": " + detail : describe(file, null, "file".equals(field) ? null : field, detail),
                file, null, field, kindOf(problem), detail);
        this.problem = problem;
        this.detail = detail;
    }

    /** The same problem with the field's path inside a larger file, e.g. {@code plans[1].} before it. */
    public PlanFileException prefixed(String prefix) {
        if ("file".equals(field())) {
            return this;
        }
        return new PlanFileException(file(), prefix + field(), problem, detail);
    }

    /**
     * The plan file's form of a problem found by the JSON reader: anything wrong with the file as a
     * whole, or with a field the plan does not have, is {@link PlanProblem#MALFORMED} for "file".
     */
    static PlanFileException fromJson(String file, String item, String field, Kind kind, String reason) {
        PlanProblem p = switch (kind) {
            case MISSING -> PlanProblem.MISSING;
            case NOT_TEXT -> PlanProblem.NOT_TEXT;
            case NOT_NUMBER -> PlanProblem.NOT_A_NUMBER;
            case NOT_TRUE_FALSE -> PlanProblem.NOT_TRUE_FALSE;
            case NOT_OBJECT -> PlanProblem.NOT_OBJECT;
            case NOT_LIST -> PlanProblem.NOT_LIST;
            case OUT_OF_RANGE -> PlanProblem.OUT_OF_RANGE;
            default -> PlanProblem.MALFORMED;
        };
        if (field == null || p == PlanProblem.MALFORMED || !PlanJson.isField(field)) {
            return new PlanFileException(file, "file", PlanProblem.MALFORMED,
                    field == null ? reason : "'" + field + "' " + reason);
        }
        return new PlanFileException(file, field, p, reason);
    }

    private static Kind kindOf(PlanProblem problem) {
        return switch (problem) {
            case MALFORMED -> Kind.DAMAGED;
            case MISSING -> Kind.MISSING;
            case NOT_TEXT -> Kind.NOT_TEXT;
            case NOT_A_NUMBER -> Kind.NOT_NUMBER;
            case NOT_TRUE_FALSE -> Kind.NOT_TRUE_FALSE;
            case NOT_OBJECT -> Kind.NOT_OBJECT;
            case NOT_LIST -> Kind.NOT_LIST;
            case OUT_OF_RANGE -> Kind.OUT_OF_RANGE;
            default -> Kind.INVALID;
        };
    }

    public PlanProblem problem() {
        return problem;
    }
}
