package io.revblueprint.demo;

import io.revblueprint.crm.Segment;

import java.util.List;

/** Who the lead works for; industry or size may be missing, as they often are in a CRM. */
record Firmographics(String industry, Integer companySize, String country) {

    private static final List<String> INDUSTRIES = List.of(
            "Software", "Manufacturing", "Banking, Financial Services", "Healthcare", "Retail & E-Commerce",
            "Logistics", "Professional Services", "Telecommunications", "Energy & Utilities", "Education");
    private static final List<String> ANY_COUNTRY = List.of("DE", "US", "GB", "FR", "SG", "AU", "IN");

    /** Firmographics typical of a team's segment and region; {@code team} null for unassigned leads. */
    static Firmographics draw(DemoTeam team, Dice dice) {
        double missing = team == null ? 0.10 : team.profile().missingFirmographics();
        Segment segment = team == null ? Segment.MID_MARKET : team.segment();
        String industry = dice.chance(missing) ? null : dice.pick(INDUSTRIES);
        Integer size = dice.chance(missing) ? null : employees(segment, dice);
        String country = dice.pick(team == null ? ANY_COUNTRY : team.profile().countries());
        return new Firmographics(industry, size, country);
    }

    /** Log-uniform head count within the segment's usual band. */
    private static int employees(Segment segment, Dice dice) {
        double[] band = switch (segment) {
            case SMB -> new double[] {10, 200};
            case MID_MARKET -> new double[] {200, 2_000};
            case ENTERPRISE -> new double[] {2_000, 60_000};
        };
        return (int) Math.round(Math.exp(dice.between(Math.log(band[0]), Math.log(band[1]))));
    }
}
