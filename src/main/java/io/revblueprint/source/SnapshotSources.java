package io.revblueprint.source;

import io.revblueprint.snapshot.CanonicalFolderSource;
import io.revblueprint.snapshot.SnapshotFileException;
import io.revblueprint.snapshot.SnapshotManifest;
import io.revblueprint.snapshot.SnapshotSource;
import io.revblueprint.snapshot.TextEncoding;
import io.revblueprint.source.jdbc.ReplicaPull;
import io.revblueprint.source.mapping.MappingSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the source a run names and opens it: the one place that knows every kind of source. */
public final class SnapshotSources {

    static final String MAPPING_FILE = "mapping.yaml";
    private static final Set<String> SALESFORCE_FILES = Set.of("lead.csv", "opportunity.csv");

    private final ZoneId companyZone;
    private final String encoding;
    private final Instant asOf;
    private final ReplicaPull replica;
    private final ArchiveLimits archiveLimits;

    /**
     * {@code companyZone}: the configured company time zone, for sources that do not name one; {@code encoding}:
     * null, or the encoding to read every export file in; {@code asOf}: null, or the cutoff of an export;
     * {@code replica}: what {@code --source=jdbc} reads; {@code archiveLimits}: how much an archive may unpack to.
     */
    public SnapshotSources(ZoneId companyZone, String encoding, Instant asOf, ReplicaPull replica,
                           ArchiveLimits archiveLimits) {
        this.companyZone = companyZone;
        this.encoding = encoding;
        this.asOf = asOf;
        this.replica = replica;
        this.archiveLimits = archiveLimits;
    }

    /**
     * Resolves the location (extracting archives) and the kind: the one given, else the preset a mapping file
     * extends, else what the folder holds. A replica ({@code jdbc}) is pulled into a folder of files read by the
     * Salesforce preset. {@code kind} and {@code mapping} may be null, {@code location} too for a replica.
     * Archives are extracted, and a replica pulled, into {@code workFolder}: the run's own, removed after it.
     */
    public SourceSpec locate(SourceKind kind, Path location, Path mapping, Path workFolder) {
        if (kind == SourceKind.JDBC) {
            return pullReplica(mapping, workFolder);
        }
        Path folder = SourceFolder.resolve(location, workFolder, archiveLimits);
        Path mappingFile = mapping != null ? mapping
                : Files.isRegularFile(folder.resolve(MAPPING_FILE)) ? folder.resolve(MAPPING_FILE) : null;
        SourceKind found = kind != null ? kind : mappingFile != null ? kindOf(mappingFile) : detect(folder);
        if (found == SourceKind.MAPPING && mappingFile == null) {
            throw new SnapshotFileException("--source=mapping needs a mapping file: --mapping=FILE (or "
                    + MAPPING_FILE + " in the snapshot folder)");
        }
        return new SourceSpec(found, folder, mappingFile, null);
    }

    private SourceSpec pullReplica(Path profile, Path workFolder) {
        ReplicaPull.Pulled pulled = replica.pull(workFolder);
        return new SourceSpec(SourceKind.SALESFORCE, pulled.folder(), profile, pulled.asOf());
    }

    public SnapshotSource open(SourceSpec spec) {
        return switch (spec.kind()) {
            case CANONICAL -> new CanonicalFolderSource(spec.folder(), companyZone);
            case MAPPING -> MappingSource.mapped(spec.mapping(), spec.folder(), companyZone, encoding, asOf(spec));
            default -> MappingSource.preset(spec.kind().label(), spec.mapping(), spec.folder(), companyZone, encoding,
                    asOf(spec));
        };
    }

    /** The configured cutoff, else the instant a replica was pulled, else none (the mapping's). */
    private Instant asOf(SourceSpec spec) {
        return asOf != null ? asOf : spec.asOf();
    }

    /**
     * A HubSpot deals export: its header names the columns "Record ID" and "Deal Stage", in any case and spacing, as
     * the preset reads them ("Record Id", " deal stage " were not told apart from any CSV).
     */
    private static boolean isHubSpotDeals(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, TextEncoding.detect(file))) {
            String header = reader.readLine();
            String names = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            return names.contains("recordid") && names.contains("dealstage");
        } catch (IOException e) {
            throw new SnapshotFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a folder holding one of a Salesforce export's files lacks, naming a file a second download saved under
     * another name ("Opportunity (1).csv"); null when it holds none of them.
     */
    private static String nearSalesforce(List<String> csvFiles) {
        Set<String> named = csvFiles.stream().map(file -> file.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (SALESFORCE_FILES.stream().noneMatch(named::contains)) {
            return null;
        }
        String lacking = SALESFORCE_FILES.stream().filter(file -> !named.contains(file)).findFirst().orElseThrow();
        String missing = Character.toUpperCase(lacking.charAt(0)) + lacking.substring(1);
        String stem = lacking.substring(0, lacking.length() - ".csv".length());
        return "has no " + missing + csvFiles.stream().filter(file -> file.toLowerCase(Locale.ROOT).startsWith(stem))
                .sorted().findFirst().map(near -> " (" + near + " is there: rename it " + missing + ")")
                .orElse(": export it too, or say which source it is with --source=" + SourceKind.names());
    }

    private static SourceKind kindOf(Path mappingFile) {
        String preset = MappingSource.presetOf(mappingFile);
        return preset == null ? SourceKind.MAPPING : SourceKind.parse(preset);
    }

    private static SourceKind detect(Path folder) {
        if (Files.isRegularFile(folder.resolve(SnapshotManifest.FILE))) {
            return SourceKind.CANONICAL;
        }
        Set<String> csvFiles = SourceFolder.filesEndingWith(folder, ".csv").stream()
                .map(file -> file.getFileName().toString().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (csvFiles.containsAll(SALESFORCE_FILES)) {
            return SourceKind.SALESFORCE;
        }
        if (SourceFolder.filesEndingWith(folder, ".csv").stream().anyMatch(SnapshotSources::isHubSpotDeals)) {
            return SourceKind.HUBSPOT;
        }
        String nearSalesforce = nearSalesforce(SourceFolder.filesEndingWith(folder, ".csv").stream()
                .map(file -> file.getFileName().toString()).toList());
        if (nearSalesforce != null) {
            throw new SnapshotFileException(folder + " looks like a Salesforce export but " + nearSalesforce);
        }
        throw new SnapshotFileException("cannot tell what " + folder + " holds: no " + SnapshotManifest.FILE
                + " (a canonical snapshot), no Lead.csv and Opportunity.csv (a Salesforce export), no CSV with"
                + " Record ID and Deal Stage columns (a HubSpot export); say which source it is with --source="
                + SourceKind.names() + " (and --mapping=FILE for any other CSV)");
    }
}
