package io.revblueprint.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Embeds files in a PDF so its figures travel with it as data. */
final class PdfAttachments {

    void attach(PDDocument document, List<Attachment> attachments) throws IOException {
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        for (Attachment attachment : attachments) {
            files.put(attachment.name(), fileSpecification(document, attachment));
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }

    private static PDComplexFileSpecification fileSpecification(PDDocument document, Attachment attachment)
            throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.content()));
        file.setSubtype(attachment.mimeType());
        file.setSize(attachment.content().length);
        PDComplexFileSpecification specification = new PDComplexFileSpecification();
        specification.setFile(attachment.name());
        specification.setFileUnicode(attachment.name());
        specification.setFileDescription(attachment.description());
        specification.setEmbeddedFile(file);
        specification.setEmbeddedFileUnicode(file);
        return specification;
    }
}
