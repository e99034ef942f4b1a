package io.revblueprint.report.layout;

/** The page formats a blueprint is printed on, in PDF points. */
public enum PaperSize {
    A4(595, 842),
    LETTER(612, 792);

    private final int width;
    private final int height;

    PaperSize(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
