package io.revblueprint.report;

/** One line of a bulleted list. */
record Bullet(String text) {
}
