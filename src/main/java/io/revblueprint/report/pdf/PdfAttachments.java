package io.revblueprint.report.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeds files in a PDF so its figures travel with it as data, the way PDF/A-3 allows: each file is associated with
 * the document (catalog /AF) as its underlying data, with its MIME type and modification date.
 */
final class PdfAttachments {

    private static final COSName ASSOCIATED_FILES = COSName.getPDFName("AF");
    private static final COSName RELATIONSHIP = COSName.getPDFName("AFRelationship");

    void attach(PDDocument document, List<Attachment> attachments, Calendar modified) throws IOException {
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        for (Attachment attachment : attachments) {
            PDComplexFileSpecification specification = fileSpecification(document, attachment, modified);
            files.put(attachment.name(), specification);
            associated.add(specification);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
        document.getDocumentCatalog().getCOSObject().setItem(ASSOCIATED_FILES, associated);
    }

    private static PDComplexFileSpecification fileSpecification(PDDocument document, Attachment attachment,
                                                                Calendar modified) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.content()));
        file.setSubtype(attachment.mimeType());
        file.setSize(attachment.content().length);
        file.setModDate(modified);
        PDComplexFileSpecification specification = new PDComplexFileSpecification();
        specification.setFile(attachment.name());
        specification.setFileUnicode(attachment.name());
        specification.setFileDescription(attachment.description());
        specification.setEmbeddedFile(file);
        specification.setEmbeddedFileUnicode(file);
        specification.getCOSObject().setName(RELATIONSHIP, "Data");
        return specification;
    }
}
