package io.revblueprint.report.layout;

/**
 * One section of a document: a record whose components are the fields its template reads, paired with that
 * template. Implemented by records only, as {@link RecordDataSource} feeds their components to the template.
 */
public interface Section {

    SectionTemplate template();
}
