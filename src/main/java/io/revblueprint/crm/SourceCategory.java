package io.revblueprint.crm;

/** Who generated a lead or deal. */
public enum SourceCategory {
    MARKETING, SALES, PARTNER, OTHER;

    public static final SourceCategory DEFAULT = OTHER;
}
