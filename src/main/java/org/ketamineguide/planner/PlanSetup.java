package org.ketamineguide.planner;

import java.util.Objects;

/**
 * Everything the planner knows about one plan: the priced plan of the spec, the person's answer
 * to "Does your plan pay for this treatment?", the kind of insurance and the time each visit
 * takes. Validated on construction: {@code coverage} is {@link Coverage#NO} exactly when the plan
 * is self-pay, and a person with no insurance has no coverage. Immutable.
 *
 * <p>For {@link Coverage#UNSURE} the plan holds the insurance numbers (the "if it pays" case);
 * the "if it does not pay" case is the same plan paid in full.
 *
 * @param plan          the plan the estimator prices
 * @param coverage      the person's answer about coverage
 * @param insuranceKind the kind of insurance, or null when a version-1 plan file did not say
 * @param time          the time per visit, or null when a version-1 plan file did not say
 */
public record PlanSetup(CostPlan plan, Coverage coverage, InsuranceKind insuranceKind, VisitTime time) {

    public PlanSetup {
        Objects.requireNonNull(plan, "plan");
        if (coverage == null) {
            throw new PlanFileException("coverage", PlanProblem.MISSING, "is missing");
        }
        if ((coverage == Coverage.NO) == plan.insurance().covered()) {
            throw new PlanFileException("coverage", PlanProblem.CONFLICT, coverage == Coverage.NO
                    ? "is 'no' but the plan's insurance.covered is true"
                    : "is '" + coverage.id() + "' but the plan's insurance.covered is false");
        }
        if (insuranceKind == InsuranceKind.NONE && coverage != Coverage.NO) {
            throw new PlanFileException("coverage", PlanProblem.CONFLICT,
                    "must be 'no' when insuranceKind is 'none' (found '" + coverage.id() + "')");
        }
    }

    /** A plan read from a version-1 file: coverage follows {@code insurance.covered}; kind and time unknown. */
    public static PlanSetup ofVersion1(CostPlan plan) {
        return new PlanSetup(plan, plan.insurance().covered() ? Coverage.YES : Coverage.NO, null, null);
    }

    /** What the plan may cost under its coverage answer, and the time it takes (when known). */
    public PlanEstimate estimate() {
        CostEstimate main = CostEstimator.estimate(plan);
        CostEstimate ifCovered = coverage == Coverage.NO ? null : main;
        CostEstimate ifNotCovered = coverage == Coverage.NO ? main : CostEstimator.estimate(plan.withInsurance(
                new Insurance(false, plan.insurance().deductibleRemaining(), plan.insurance().coinsurancePercent(),
                        plan.insurance().copayPerSession(), plan.insurance().outOfPocketRemaining())));
        return new PlanEstimate(this, ifCovered, ifNotCovered, time == null ? null : time.over(main.sessions()));
    }
}
