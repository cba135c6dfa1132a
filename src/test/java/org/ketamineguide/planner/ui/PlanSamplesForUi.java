package org.ketamineguide.planner.ui;

/** The spec's worked example, for the screen's tests. */
final class PlanSamplesForUi {
    private PlanSamplesForUi() {
    }

    static final String SPEC_EXAMPLE = """
            {"version": 1, "treatment": "spravato", "horizonWeeks": 26, "pricePerSession": 900.00,
             "inductionSessions": 6, "inductionWeeks": 3, "maintenanceIntervalWeeks": 2,
             "oneTimeFees": 350.00, "extraPerSession": 25.00,
             "insurance": {"covered": true, "deductibleRemaining": 1500.00, "coinsurancePercent": 20,
                           "copayPerSession": null, "outOfPocketRemaining": 5000.00}}
            """;
}
