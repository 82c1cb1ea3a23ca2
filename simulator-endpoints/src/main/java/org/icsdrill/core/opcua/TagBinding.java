package org.icsdrill.core.opcua;

import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.tag.TagDef;

/** Which plant tag an OPC UA variable stands for. */
record TagBinding(NodeId nodeId, PlantRuntime plant, int index, TagDef def) {
}
