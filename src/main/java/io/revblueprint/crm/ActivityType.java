package io.revblueprint.crm;

/** Kind of touch. */
public enum ActivityType { CALL, EMAIL, MEETING, SOCIAL, OTHER }
