package io.revblueprint.report.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Makes a finished PDF declare itself PDF/A-3b: XMP metadata that repeats the document information, an sRGB
 * output intent for the RGB colors Jasper writes, and font descriptors without the CIDSet the writer gets wrong. (Fonts are embedded by the templates; attachments are tagged by
 * {@link PdfAttachments}.)
 */
final class PdfArchival {

    private static final String SRGB = "sRGB IEC61966-2.1";

    void declare(PDDocument document, DocumentInfo info, String producer, Instant created) throws IOException {
        dropCidSets(document);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(info, producer, created).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    /**
     * The PDF writer lists only the subset's glyphs in each font's optional CIDSet, where PDF/A wants every glyph of
     * the embedded program; PDF/A-2 and later allow leaving the CIDSet out, so it goes.
     */
    private static void dropCidSets(PDDocument document) {
        for (COSObject descriptor : document.getDocument().getObjectsByType(COSName.FONT_DESC)) {
            if (descriptor.getObject() instanceof COSDictionary dictionary) {
                dictionary.removeItem(COSName.CID_SET);
            }
        }
    }

    private static String xmp(DocumentInfo info, String producer, Instant created) {
        String date = created.toString();
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <pdfaid:part>3</pdfaid:part>\n"
                + "   <pdfaid:conformance>B</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(info.title()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:creator><rdf:Seq><rdf:li>" + escape(DocumentInfo.AUTHOR) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(info.subject())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "   <pdf:Keywords>" + escape(info.keywords()) + "</pdf:Keywords>\n"
                + "   <pdf:Producer>" + escape(producer) + "</pdf:Producer>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "   <xmp:CreatorTool>" + escape(DocumentInfo.AUTHOR) + "</xmp:CreatorTool>\n"
                + "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
