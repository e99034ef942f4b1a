package io.revblueprint.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * Finishes an exported PDF: document information and the same facts as XMP, the sRGB output intent of PDF/A-3b,
 * the attachments, and opening with the bookmarks shown.
 */
public final class PdfFinisher {

    private final PdfAttachments attachments = new PdfAttachments();
    private final PdfArchival archival = new PdfArchival();

    public byte[] finish(byte[] pdf, DocumentInfo info, List<Attachment> files) {
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Calendar calendar = GregorianCalendar.from(ZonedDateTime.ofInstant(created, ZoneOffset.UTC));
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String producer = describe(document, info, calendar);
            archival.declare(document, info, producer, created);
            attachments.attach(document, files, calendar);
            document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish PDF " + info.title(), e);
        }
    }

    /** Writes the document information and returns the producer it names (the library that wrote the pages). */
    private static String describe(PDDocument document, DocumentInfo info, Calendar created) {
        PDDocumentInformation information = document.getDocumentInformation();
        String producer = information.getProducer() == null ? DocumentInfo.AUTHOR : information.getProducer();
        information.setTitle(info.title());
        information.setAuthor(DocumentInfo.AUTHOR);
        information.setSubject(info.subject());
        information.setKeywords(info.keywords());
        information.setCreator(DocumentInfo.AUTHOR);
        information.setProducer(producer);
        information.setCreationDate(created);
        information.setModificationDate(created);
        return producer;
    }
}
