package io.revblueprint.plan;

/**
 * What happened to an earlier fix's metric since: a move outside the earlier interval counts as a change; a figure,
 * then or now, on fewer cases than a judgement needs tells no change (0 of 1 "improved" to 18 of 19); a fix whose
 * sprint began after the period ended had no part in its figure's move (a quarter rerun for a review after the next).
 */
public enum ProgressStatus { IMPROVED, HELD, REGRESSED, TOO_FEW_CASES, NO_DATA, NOT_STARTED }
