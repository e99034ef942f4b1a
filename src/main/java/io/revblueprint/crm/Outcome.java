package io.revblueprint.crm;

/** Where an opportunity stands; {@link Opportunity#outcome()} is the one place that decides it. */
public enum Outcome { OPEN, WON, LOST }
