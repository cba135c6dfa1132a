package org.ketamineguide.planner;

import java.math.BigDecimal;
import org.ketamineguide.content.Treatment;

/** Plans and plan files shared by the planner tests. */
final class PlanSamples {
    private PlanSamples() {
    }

    /** The plan of the spec's worked example, as a file. */
    static final String SPEC_EXAMPLE = """
            {
              "version": 1,
              "treatment": "spravato",
              "horizonWeeks": 26,
              "pricePerSession": 900.00,
              "inductionSessions": 6,
              "inductionWeeks": 3,
              "maintenanceIntervalWeeks": 2,
              "oneTimeFees": 350.00,
              "extraPerSession": 25.00,
              "insurance": {
                "covered": true,
                "deductibleRemaining": 1500.00,
                "coinsurancePercent": 20,
                "copayPerSession": null,
                "outOfPocketRemaining": 5000.00
              }
            }
            """;

    /**
     * Changes one field of a JSON object in place: {@code path} may be dotted ("insurance.covered"),
     * {@code json} is the new value as JSON, or "-" to remove the field.
     */
    static void edit(com.google.gson.JsonObject root, String path, String json) {
        com.google.gson.JsonObject target = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            target = target.getAsJsonObject(parts[i]);
        }
        String key = parts[parts.length - 1];
        if (json.equals("-")) {
            target.remove(key);
        } else {
            target.add(key, com.google.gson.JsonParser.parseString(json));
        }
    }

    static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    /** An IV plan priced at the given amount per session, no fees, no extras. */
    static CostPlan iv(int horizon, int sessions, int weeks, int interval, String price, Insurance insurance) {
        return new CostPlan(Treatment.IV_KETAMINE, horizon, usd(price), sessions, weeks, interval, usd("0"),
                usd("0"), insurance);
    }

    /** A SPRAVATO plan priced at the given amount per session, no fees, no extras. */
    static CostPlan spravato(int horizon, int interval, String price, Insurance insurance) {
        return new CostPlan(Treatment.SPRAVATO, horizon, usd(price), null, null, interval, usd("0"), usd("0"),
                insurance);
    }
}
