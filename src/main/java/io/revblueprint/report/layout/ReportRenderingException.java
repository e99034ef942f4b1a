package io.revblueprint.report.layout;

/** A template could not be compiled or a PDF could not be produced; the message names which. */
public class ReportRenderingException extends RuntimeException {

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
