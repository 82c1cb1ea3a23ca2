package org.icsdrill.cli;

import java.util.concurrent.Callable;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.modbus.RegisterMapFormat;
import org.icsdrill.plants.Plants;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints a plant's Modbus register map, generated from its tag declarations. */
@Command(name = "registers", mixinStandardHelpOptions = true,
        description = "Print a plant's Modbus register map (addresses are 0-based PDU addresses).")
final class RegistersCommand implements Callable<Integer> {

    enum Format { csv, markdown }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--plant", required = true, paramLabel = "NAME",
            description = "The plant: ${COMPLETION-CANDIDATES}.", completionCandidates = PlantIds.class)
    private String plant;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv or markdown (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        PlantIds.require(spec, plant);
        RegisterMap map = RegisterMap.of(Plants.create(plant).tags());
        spec.commandLine().getOut().print(format == Format.csv ? RegisterMapFormat.csv(map)
                : RegisterMapFormat.markdown(map));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
