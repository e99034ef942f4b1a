package io.revblueprint.plan;

/** What happened to an earlier fix's metric since: a move outside the earlier interval counts as a change. */
public enum ProgressStatus { IMPROVED, HELD, REGRESSED, NO_DATA }
