package org.ketamineguide.planner;

/**
 * A plan file, or a plan built in code, was refused. The message names the field (for example
 * {@code insurance.coinsurancePercent}) so that a person or a test can see what to fix; the
 * screen uses {@link #field()} and {@link #problem()} to say it in plain words. Immutable.
 */
public final class PlanFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final PlanProblem problem;
    private final String detail;

    public PlanFileException(String field, PlanProblem problem, String detail) {
        super(field + ": " + detail);
        this.field = field;
        this.problem = problem;
        this.detail = detail;
    }

    /** The same problem with the field's path inside a larger file, e.g. {@code plans[1].} before it. */
    public PlanFileException prefixed(String prefix) {
        return new PlanFileException(prefix + field, problem, detail);
    }

    /** The field's path in the file, such as {@code horizonWeeks} or {@code insurance.covered}; "file" for the whole file. */
    public String field() {
        return field;
    }

    public PlanProblem problem() {
        return problem;
    }
}
