package org.ketamineguide.planner;

/**
 * What one plan may cost under the person's coverage answer, and the time it takes. With
 * {@link Coverage#UNSURE} both estimates matter and the screen shows them side by side; with
 * {@link Coverage#YES} the covered one is the answer; with {@link Coverage#NO} there is only the
 * self-pay one. Immutable.
 *
 * @param setup        the plan that was priced, with its coverage, kind and time
 * @param ifCovered    the estimate if the plan pays as entered; null when coverage is NO
 * @param ifNotCovered the estimate if the plan does not pay (every session in full)
 * @param time         visits and hours, or null when the time per visit is unknown
 */
public record PlanEstimate(PlanSetup setup, CostEstimate ifCovered, CostEstimate ifNotCovered, TimeTotal time) {

    /** The person's answer about coverage. */
    public Coverage coverage() {
        return setup.coverage();
    }

    /**
     * The estimate that stands for the plan where only one number fits (a comparison row, the
     * chart of two plans): the covered one for YES, otherwise the one where the plan does not pay.
     */
    public CostEstimate main() {
        return coverage() == Coverage.YES ? ifCovered : ifNotCovered;
    }

    /** Sessions in the plan (the same under either coverage). */
    public int sessions() {
        return ifNotCovered.sessions();
    }
}
