package org.icsdrill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.stix.StixException;
import org.icsdrill.evidence.stix.StixExport;
import org.icsdrill.evidence.stix.StixOptions;
import picocli.CommandLine;

/** Writes a record's STIX bundle to a file or standard output; a bundle that cannot be made is one line, exit 1. */
final class StixOutput {

    private StixOutput() {
    }

    static int write(RecordReader record, StixOptions options, Path out, CommandLine command) throws IOException {
        String json;
        try {
            json = StixExport.json(record, options);
        } catch (StixException e) {
            PrintWriter err = command.getErr();
            err.println("icsdrill export: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (out == null) {
            command.getOut().print(json);
            command.getOut().flush();
        } else {
            Files.writeString(out, json, StandardCharsets.UTF_8);
            command.getOut().println("Wrote the " + options.view().id() + " view of the incident as STIX 2.1 to "
                    + out + (record.closedCleanly() ? "" : " (the record was not closed cleanly: the run stopped early)"));
        }
        return 0;
    }
}
