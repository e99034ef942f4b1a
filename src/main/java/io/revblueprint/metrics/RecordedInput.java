package io.revblueprint.metrics;

/**
 * Something a metric is computed from that a CRM export may not hold at all. When a snapshot records none of it,
 * the metrics that need it are not measurable: their figures say nothing about the team (0 % of MQLs "answered"
 * when no activity was exported), so they are never judged, and recording the input becomes a data fix.
 */
public enum RecordedInput {

    LEADS("Leads are missing from the export", "leads",
            "Export the leads (with their owners, sources and lifecycle dates) along with the deals"),
    HUMAN_TOUCHES("Lead activities are not recorded", "activities with leads (calls, emails, meetings that are not"
            + " automated)",
            "Log every call, email and meeting with a lead as a CRM activity, and include activities in the export"),
    ACCEPTANCES("Accept dates are not recorded", "dates when sales accepted an MQL (accepted_at)",
            "Record when sales accepts each MQL (accepted_at) with a required accept step in the CRM, and export it"),
    DECISIONS("Accept and reject dates are not recorded", "dates when sales accepted or rejected an MQL"
            + " (accepted_at, rejected_at) other than the MQL date itself",
            "Record when sales accepts or rejects each MQL (accepted_at, rejected_at) with a required accept/reject"
                    + " step in the CRM, and export both dates"),
    SQL_DATES("SQL dates are not recorded", "dates when a lead became sales-qualified (sql_at)",
            "Record when a lead becomes sales-qualified (sql_at), e.g. from the lead status history, and export it"),
    CONVERSIONS("Lead conversions are not recorded", "opportunities converted from leads (converted_opportunity_id)",
            "Convert qualified leads into opportunities in the CRM so each lead names its opportunity, and export"
                    + " that link"),
    DISQUALIFICATION_REASONS("Disqualification reasons are not recorded", "reasons for rejected and disqualified"
            + " leads (disqualification_reason)",
            "Make the reason a required pick-list field on every rejection and disqualification, and export it"),
    LOST_DEALS("Lost deals are missing from the export", "lost deals",
            "Export closed-lost opportunities along with the won and open ones"),
    LOSS_REASONS("Loss reasons are not recorded", "reasons for lost deals (loss_reason)",
            "Make the loss reason a required pick-list field when a deal is closed lost, and export it"),
    DEAL_AMOUNTS("Deal amounts are not recorded", "deal amounts",
            "Require an amount on every opportunity before it can be closed, and export it"),
    LEAD_LINKS("Deals are not linked to their leads", "links from deals to the leads they came from (lead_id)",
            "Keep the link from each opportunity to the lead it was converted from, and export it"),
    CAMPAIGNS("Lead campaigns are not recorded", "campaigns that leads came from (campaign_id)",
            "Record the campaign of every marketing lead (campaign_id) and export it with the leads"),
    // Completeness asks every lead for a score: with none in the export, 0 % says which field is absent, not how
    // well records are kept.
    LEAD_SCORES("Lead scores are not recorded", "lead scores (score)",
            "Score every lead (a lead score field, or a rating) and export it; a score field the mapping does not"
                    + " know is named in a profile (score_fields)"),
    // Likewise an export, or a mapping, without the industry or the company size: "0 %" led a team's blueprint.
    INDUSTRIES("Lead industries are not recorded", "industries of leads (industry)",
            "Record every lead's industry as a pick-list field and export it (in a mapping: the industry column)"),
    COMPANY_SIZES("Lead company sizes are not recorded", "company sizes of leads (company_size)",
            "Record every lead's company size (employees) and export it (in a mapping: the company_size column)");

    private final String title;
    private final String words;
    private final String howToRecord;

    RecordedInput(String title, String words, String howToRecord) {
        this.title = title;
        this.words = words;
        this.howToRecord = howToRecord;
    }

    /** The gap as a short title, e.g. "Accept dates are not recorded". */
    public String title() {
        return title;
    }

    /**
     * The input whose data fix also records this one, if any: no decisions, no acceptances either; no leads, nothing
     * recorded about leads.
     */
    public RecordedInput coveredBy() {
        return switch (this) {
            case ACCEPTANCES -> DECISIONS;
            case LOSS_REASONS -> LOST_DEALS;
            case HUMAN_TOUCHES, DECISIONS, SQL_DATES, CONVERSIONS, DISQUALIFICATION_REASONS, LEAD_LINKS,
                 CAMPAIGNS, LEAD_SCORES, INDUSTRIES, COMPANY_SIZES -> LEADS;
            case LEADS, LOST_DEALS, DEAL_AMOUNTS -> null;
        };
    }

    /** What is not recorded, for "not measurable — no …". */
    public String words() {
        return words;
    }

    /** The service level its data fix installs: a whole kind of record is exported, a field is filled on each. */
    public String installs() {
        return switch (this) {
            case LEADS -> "Every export holds the leads along with the deals";
            case LOST_DEALS -> "Every export holds the lost deals along with the won and open ones";
            // Without the field names: the narrow SLA column would break them mid-word.
            default -> "Every new record carries " + words.replaceFirst(" \\([a-z_, ]+\\)$", "");
        };
    }

    /** The data fix that records it. */
    public String howToRecord() {
        return howToRecord;
    }
}
