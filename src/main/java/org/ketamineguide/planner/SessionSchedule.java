package org.ketamineguide.planner;

import java.util.ArrayList;
import java.util.List;
import org.ketamineguide.content.Treatment;

/**
 * Which week each session of a plan falls in (weeks count from 1), following the cost-planner
 * spec. Only sessions in weeks up to the plan's horizon are counted. Plain Java; stateless.
 */
public final class SessionSchedule {
    /** SPRAVATO: twice a week in weeks 1-4, once a week in weeks 5-8, then the chosen interval from week 9. */
    static final int SPRAVATO_TWICE_WEEKLY_UNTIL = 4;
    static final int SPRAVATO_WEEKLY_UNTIL = 8;

    private SessionSchedule() {
    }

    /** The week of every session, in order, one entry per session. */
    public static List<Integer> weeks(CostPlan plan) {
        return plan.treatment() == Treatment.SPRAVATO
                ? spravato(plan.horizonWeeks(), plan.maintenanceIntervalWeeks())
                : ivKetamine(plan.horizonWeeks(), plan.inductionSessions(), plan.inductionWeeks(),
                        plan.maintenanceIntervalWeeks());
    }

    static List<Integer> spravato(int horizon, int interval) {
        List<Integer> weeks = new ArrayList<>();
        for (int w = 1; w <= Math.min(SPRAVATO_TWICE_WEEKLY_UNTIL, horizon); w++) {
            weeks.add(w);
            weeks.add(w);
        }
        for (int w = SPRAVATO_TWICE_WEEKLY_UNTIL + 1; w <= Math.min(SPRAVATO_WEEKLY_UNTIL, horizon); w++) {
            weeks.add(w);
        }
        for (int w = SPRAVATO_WEEKLY_UNTIL + 1; w <= horizon; w += interval) {
            weeks.add(w);
        }
        return weeks;
    }

    static List<Integer> ivKetamine(int horizon, int inductionSessions, int inductionWeeks, int interval) {
        List<Integer> weeks = new ArrayList<>();
        for (int i = 0; i < inductionSessions; i++) {
            int week = 1 + (i * inductionWeeks) / inductionSessions;
            if (week <= horizon) {
                weeks.add(week);
            }
        }
        if (interval > 0) {
            for (int w = inductionWeeks + interval; w <= horizon; w += interval) {
                weeks.add(w);
            }
        }
        return weeks;
    }

    /**
     * The month a week falls in: {@code floor((week - 1) x 7 / 30.4375) + 1}, so 52 weeks span
     * months 1-12. Computed exactly (30.4375 = 487/16).
     */
    public static int monthOf(int week) {
        return (week - 1) * 7 * 16 / 487 + 1;
    }
}
