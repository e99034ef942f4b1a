package io.revblueprint.crm;

/** What a team does; decides which leaks its blueprint may own. */
public enum TeamFunction { SALES, MARKETING, REVOPS }
