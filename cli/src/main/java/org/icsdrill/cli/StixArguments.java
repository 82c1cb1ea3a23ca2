package org.icsdrill.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.icsdrill.api.Tlp;
import org.icsdrill.evidence.stix.StixOptions;
import org.icsdrill.evidence.stix.StixView;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code icsdrill export --format stix}'s options: the view, the reporting organisation and the marking. */
final class StixArguments {

    @Option(names = "--view", paramLabel = "trainees|truth", converter = ViewConverter.class,
            description = "trainees (the default): only what the trainees declared, observed, did and approved, what"
                    + " the plant would share; truth: the instructor's answer key from the ground truth.")
    private StixView view;

    @Option(names = "--org", paramLabel = "NAME", description = "The reporting organisation's name (the identity"
            + " every object is created by).")
    private String organisation;

    @Option(names = "--anonymise", description = "No organisation name (only its sector) and no people's names.")
    private boolean anonymise;

    @Option(names = "--tlp", paramLabel = "LEVEL", converter = TlpConverter.class,
            description = "TLP 2.0 marking (clear, green, amber, amber+strict, red) instead of the approved report's"
                    + " (truth: clear).")
    private Tlp tlp;

    @Option(names = "--draft", description = "Write the trainees' view even though they approved no incident report"
            + " (marked as a draft, never to share).")
    private boolean draft;

    @Option(names = "--alerts", paramLabel = "FILE", description = "A detection tool's alerts on the run (Suricata"
            + " EVE JSON or CSV, as 'icsdrill score' reads them): each attack it detected is a sighting by the tool"
            + " (--view truth only: it is scored against the ground truth).")
    private Path alerts;

    @Option(names = "--tool", paramLabel = "NAME", description = "The detection tool's name (default IDS).")
    private String tool;

    boolean given() {
        return view != null || organisation != null || anonymise || tlp != null || draft || alerts != null
                || tool != null;
    }

    StixOptions options(CommandLine command) {
        StixView chosen = view == null ? StixView.TRAINEES : view;
        if (alerts != null && chosen != StixView.TRUTH) {
            throw new CommandLine.ParameterException(command, "--alerts is scored against the ground truth: it goes"
                    + " with --view truth");
        }
        return new StixOptions(chosen, organisation, anonymise, Optional.ofNullable(tlp), draft,
                Optional.ofNullable(alerts).map(a -> new StixOptions.Alerts(a, tool)));
    }

    static final class ViewConverter implements CommandLine.ITypeConverter<StixView> {
        @Override
        public StixView convert(String text) {
            for (StixView v : StixView.values()) {
                if (v.id().equals(text)) {
                    return v;
                }
            }
            throw new CommandLine.TypeConversionException("expected trainees or truth, got '" + text + "'");
        }
    }

    static final class TlpConverter implements CommandLine.ITypeConverter<Tlp> {
        @Override
        public Tlp convert(String text) {
            return Tlp.parse(text).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "expected one of " + String.join(", ", Tlp.levels()) + ", got '" + text + "'"));
        }
    }
}
