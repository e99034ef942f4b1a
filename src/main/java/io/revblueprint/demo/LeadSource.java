package io.revblueprint.demo;

import io.revblueprint.crm.SourceCategory;

/** A lead channel as the CRM names it, with the score range its leads usually get. */
record LeadSource(String name, SourceCategory category, double weight, int minScore, int maxScore) {

    boolean isOutbound() {
        return category == SourceCategory.SALES;
    }
}
