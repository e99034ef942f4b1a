package io.revblueprint.crm;

/** Market segment; benchmarks are chosen by it. */
public enum Segment {
    SMB, MID_MARKET, ENTERPRISE;

    public static final Segment DEFAULT = MID_MARKET;
}
