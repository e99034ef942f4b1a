package io.revblueprint.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

/** A rendered PDF opened with PDFBox, with the questions the tests ask of it. */
public final class RenderedPdf implements AutoCloseable {

    private final PDDocument document;

    public RenderedPdf(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /**
     * The text the templates lay out, without the charts' labels: a chart is a form XObject, and its labels (text
     * since the exporter stopped drawing them as glyph outlines) would put axis ticks such as "0 %" among the prose.
     */
    public String text() throws IOException {
        return new TextOutsideCharts().getText(document);
    }

    /** Every text of the document, the charts' labels included. */
    String allText() throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** The text with every run of white space (line breaks, non-breaking spaces) as one space, to find sentences. */
    public String prose() throws IOException {
        return text().replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    /** One page's prose (pages count from 1). */
    public String prose(int page) throws IOException {
        PDFTextStripper stripper = new TextOutsideCharts();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    List<String> bookmarkTitles() {
        return StreamSupport.stream(document.getDocumentCatalog().getDocumentOutline().children().spliterator(), false)
                .map(PDOutlineItem::getTitle)
                .toList();
    }

    byte[] attachment(String name) throws IOException {
        PDComplexFileSpecification file = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get(name);
        return file == null ? null : file.getEmbeddedFile().toByteArray();
    }

    /** How each attached file relates to the document (PDF/A-3 /AFRelationship), by file name. */
    Map<String, String> attachmentRelationships() throws IOException {
        Map<String, String> relationships = new TreeMap<>();
        document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().forEach((name, file) ->
                relationships.put(name, file.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"))));
        return relationships;
    }

    PDDocumentInformation info() {
        return document.getDocumentInformation();
    }

    String title() {
        return document.getDocumentInformation().getTitle();
    }

    String author() {
        return document.getDocumentInformation().getAuthor();
    }

    PDRectangle pageSize(int page) {
        return document.getPage(page).getMediaBox();
    }

    /** Every font on every page, and the descendant of each composite font. */
    List<PDFontLike> fonts() throws IOException {
        List<PDFontLike> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            collectFonts(page.getResources(), fonts);
        }
        return fonts;
    }

    /** The share of pixels that are not white, the page rendered at 50 dpi. */
    double inkShare(int page) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 50);
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }

    /**
     * How much of a page's body, between its running title and its footer, is left white below its last ink: a page
     * that ends early because the next block did not fit. Rendered at 30 dpi, pages counting from 1.
     */
    public double blankShareAtFoot(int page) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 30);
        int top = (int) (image.getHeight() * 0.08);
        int bottom = (int) (image.getHeight() * 0.93);
        int lastInked = top;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 200) {
                    lastInked = y;
                    break;
                }
            }
        }
        return (double) (bottom - lastInked) / (bottom - top);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private static final class TextOutsideCharts extends PDFTextStripper {

        @Override
        public void showForm(PDFormXObject form) {
            // a chart: its labels are not prose
        }
    }

    private static void collectFonts(PDResources resources, List<PDFontLike> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font);
            if (font instanceof PDType0Font composite) {
                fonts.add(composite.getDescendantFont());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
