package io.revblueprint.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Finishes an exported PDF: document information, attachments, and opening with the bookmarks shown. */
final class PdfFinisher {

    static final String AUTHOR = "Revenue Blueprint";

    private final PdfAttachments attachments = new PdfAttachments();

    byte[] finish(byte[] pdf, DocumentInfo info, List<Attachment> files) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            describe(document, info);
            attachments.attach(document, files);
            document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish PDF " + info.title(), e);
        }
    }

    private static void describe(PDDocument document, DocumentInfo info) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(AUTHOR);
        information.setSubject(info.subject());
        information.setKeywords(info.keywords());
        information.setCreator(AUTHOR);
    }
}
