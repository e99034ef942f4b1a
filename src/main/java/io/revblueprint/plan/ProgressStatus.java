package io.revblueprint.plan;

/**
 * What happened to an earlier fix's metric since: a move outside the earlier interval counts as a change; a figure,
 * then or now, on fewer cases than a judgement needs tells no change (0 of 1 "improved" to 18 of 19).
 */
public enum ProgressStatus { IMPROVED, HELD, REGRESSED, TOO_FEW_CASES, NO_DATA }
