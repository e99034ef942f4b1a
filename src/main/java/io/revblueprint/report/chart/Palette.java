package io.revblueprint.report.chart;

import java.awt.Color;

/** The chart colors; the same palette as templates/styles.jrtx. */
final class Palette {

    static final Color INK = new Color(0x222B36);
    static final Color NAVY = new Color(0x1B2A41);
    static final Color TEAL = new Color(0x2A9D8F);
    static final Color TEAL_LIGHT = new Color(0xBFE3DE);
    static final Color MUTED = new Color(0x6B7785);
    static final Color GRID = new Color(0xD5DCE4);
    static final Color PANEL = new Color(0xF1F5F8);
    static final Color RED = new Color(0xC0392B);
    static final Color AMBER = new Color(0xD68910);
    static final Color FAINT = new Color(0xA9B4C0);

    private Palette() {
    }
}
