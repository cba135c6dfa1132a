package org.ketamineguide.screening;

/**
 * What a screening says about one treatment, from least to most severe. The declaration order is
 * the severity order: a treatment's suitability is the most severe value among its findings.
 */
public enum Suitability {
    /** Nothing in the answers rules this treatment out; a clinician makes the decision. */
    POSSIBLE,
    /** Something in the answers needs a clinician's judgment before this treatment. */
    DISCUSS,
    /** Standard care usually comes first (an evaluation, or at least two antidepressant trials). */
    NOT_YET,
    /** The label or a safety rule says this treatment should not be used now. */
    NOT_ADVISED;

    /** The more severe of this value and another. */
    public Suitability worst(Suitability other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
