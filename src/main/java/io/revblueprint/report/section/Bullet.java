package io.revblueprint.report.section;

/** One line of a bulleted list. */
public record Bullet(String text) {
}
