package io.revblueprint.demo;

import java.util.List;

/**
 * How a sales team behaves, which decides the leaks its blueprint will find.
 *
 * @param leadShare           share of all leads routed to the team
 * @param response            business hours from MQL to the first meaningful touch
 * @param decision            business hours from MQL to accept or reject
 * @param acceptRate          share of decided MQLs that are accepted
 * @param reasonDocumented    share of rejects/disqualifications with a documented reason code
 * @param lossReasonRecorded  share of lost deals with a loss reason
 * @param followUpDiscipline  share of unresponsive leads worked with the full 8-touches-in-14-days cadence
 * @param winRate             usual win rate of the team's deals
 * @param weakSource          the source whose deals the team rarely wins (null: none)
 * @param weakSourceWinRate   win rate of that source
 * @param missingFirmographics share of leads lacking industry or company size
 * @param countries           lead countries, repeated by likelihood
 */
record TeamProfile(
        double leadShare,
        Delay response,
        Delay decision,
        double acceptRate,
        double reasonDocumented,
        double lossReasonRecorded,
        double followUpDiscipline,
        double winRate,
        String weakSource,
        double weakSourceWinRate,
        double missingFirmographics,
        List<String> countries) {

    double winRate(String source) {
        return source.equals(weakSource) ? weakSourceWinRate : winRate;
    }
}
