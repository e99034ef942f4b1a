package io.revblueprint.report;

/** The cover page's prepared strings; {@code bandNote} is the small line under the period in the colored band. */
record CoverView(
        String documentTitle,
        String subject,
        String period,
        String bandNote,
        String company,
        String preparedFor,
        String asOf,
        String runId,
        String intro) {
}
