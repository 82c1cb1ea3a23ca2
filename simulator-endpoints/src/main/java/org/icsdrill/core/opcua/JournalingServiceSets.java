package org.icsdrill.core.opcua;

import java.util.List;
import java.util.function.IntFunction;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.servicesets.AttributeServiceSet;
import org.eclipse.milo.opcua.sdk.server.servicesets.MonitoredItemServiceSet;
import org.eclipse.milo.opcua.sdk.server.servicesets.ViewServiceSet;
import org.eclipse.milo.opcua.sdk.server.servicesets.impl.DefaultAttributeServiceSet;
import org.eclipse.milo.opcua.sdk.server.servicesets.impl.DefaultMonitoredItemServiceSet;
import org.eclipse.milo.opcua.sdk.server.servicesets.impl.DefaultViewServiceSet;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseNextRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseNextResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.CreateMonitoredItemsRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CreateMonitoredItemsResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.DeleteMonitoredItemsRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.DeleteMonitoredItemsResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryUpdateRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryUpdateResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.ModifyMonitoredItemsRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.ModifyMonitoredItemsResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.MonitoredItemCreateRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.RegisterNodesRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.RegisterNodesResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.SetMonitoringModeRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.SetMonitoringModeResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.SetTriggeringRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.SetTriggeringResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.TranslateBrowsePathsToNodeIdsRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.TranslateBrowsePathsToNodeIdsResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.UnregisterNodesRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.UnregisterNodesResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteValue;
import org.eclipse.milo.opcua.stack.core.util.Lists;
import org.eclipse.milo.opcua.stack.transport.server.ServiceRequestContext;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.net.SourcePolicy;

/**
 * Milo's default Attribute, MonitoredItem and View service sets with a journal entry for every
 * plant-node operation of Read, Write, CreateMonitoredItems and Browse (IEC 62541-4, 5.8, 5.10,
 * 5.12). This is the service layer, where the client's socket address and the final status codes
 * (including those of Milo's own access checks) are both known. Subscription samples are not
 * journaled: on the wire they are Publish responses, and one per value change would drown the
 * requests an analyst cares about. Other services are passed through unchanged.
 */
final class JournalingServiceSets {

    private JournalingServiceSets() {
    }

    /** Replaces the default service sets of {@code path} with journaling ones. */
    static void install(OpcUaServer server, String path, ServiceJournal journal, SourcePolicy policy,
                        AuditLog audit) {
        server.addServiceSet(path, (AttributeServiceSet) new Attributes(new DefaultAttributeServiceSet(server),
                journal, policy, new DeniedWrites(server, audit)));
        server.addServiceSet(path, (MonitoredItemServiceSet) new MonitoredItems(
                new DefaultMonitoredItemServiceSet(server), journal));
        server.addServiceSet(path, (ViewServiceSet) new View(new DefaultViewServiceSet(server), journal));
    }

    /** Journals a service fault once for each plant node the request named, then rethrows it. */
    private static UaException fault(ServiceJournal journal, ServiceRequestContext context, String service,
                                     int count, IntFunction<NodeId> nodeIds, UaException e) {
        for (int i = 0; i < count; i++) {
            NodeId nodeId = nodeIds.apply(i);
            if (journal.isPlantNode(nodeId)) {
                journal.record(context, service, nodeId, "", e.getStatusCode());
            }
        }
        return e;
    }

    private static final class Attributes implements AttributeServiceSet {
        private final AttributeServiceSet delegate;
        private final ServiceJournal journal;
        private final SourcePolicy policy;
        private final DeniedWrites denied;

        Attributes(AttributeServiceSet delegate, ServiceJournal journal, SourcePolicy policy, DeniedWrites denied) {
            this.delegate = delegate;
            this.journal = journal;
            this.policy = policy;
            this.denied = denied;
        }

        @Override
        public ReadResponse onRead(ServiceRequestContext context, ReadRequest request) throws UaException {
            List<ReadValueId> reads = Lists.ofNullable(request.getNodesToRead());
            ReadResponse response;
            try {
                response = delegate.onRead(context, request);
            } catch (UaException e) {
                throw fault(journal, context, "Read", reads.size(), i -> reads.get(i).getNodeId(), e);
            }
            var results = response.getResults();
            for (int i = 0; i < reads.size() && results != null && i < results.length; i++) {
                ReadValueId read = reads.get(i);
                if (journal.isPlantNode(read.getNodeId())) {
                    journal.record(context, "Read", read.getNodeId(),
                            journal.text(read.getAttributeId(), results[i].getValue()), results[i].getStatusCode());
                }
            }
            return response;
        }

        @Override
        public WriteResponse onWrite(ServiceRequestContext context, WriteRequest request) throws UaException {
            List<WriteValue> writes = Lists.ofNullable(request.getNodesToWrite());
            WriteResponse response;
            try {
                response = delegate.onWrite(context, request);
            } catch (UaException e) {
                throw fault(journal, context, "Write", writes.size(), i -> writes.get(i).getNodeId(), e);
            }
            StatusCode[] results = response.getResults();
            boolean dropped = policy.judge(context.clientAddress(), true) == SourcePolicy.Verdict.DROP_WRITE;
            for (int i = 0; i < writes.size() && results != null && i < results.length; i++) {
                WriteValue write = writes.get(i);
                if (journal.isPlantNode(write.getNodeId())) {
                    String result = ServiceJournal.statusName(results[i]);
                    TrafficOutcome outcome = ServiceJournal.outcomeOf(results[i]);
                    if (dropped && results[i].isGood()) {
                        result += " (dropped: commands from this host are blocked)";
                        outcome = TrafficOutcome.DROPPED;
                    }
                    journal.record(ServiceJournal.source(context.getChannel().remoteAddress()), "Write",
                            write.getNodeId(), journal.text(write.getAttributeId(), write.getValue().getValue()),
                            result, outcome);
                    denied.check(context, request, write, results[i]);
                }
            }
            return response;
        }

        @Override
        public HistoryReadResponse onHistoryRead(ServiceRequestContext context, HistoryReadRequest request)
                throws UaException {
            // a historian query is reconnaissance too: who looked how far back into which tags
            List<HistoryReadValueId> reads = Lists.ofNullable(request.getNodesToRead());
            HistoryReadResponse response;
            try {
                response = delegate.onHistoryRead(context, request);
            } catch (UaException e) {
                throw fault(journal, context, "HistoryRead", reads.size(), i -> reads.get(i).getNodeId(), e);
            }
            HistoryReadResult[] results = response.getResults();
            for (int i = 0; i < reads.size() && results != null && i < results.length; i++) {
                if (journal.isPlantNode(reads.get(i).getNodeId())) {
                    journal.record(context, "HistoryRead", reads.get(i).getNodeId(), "", results[i].getStatusCode());
                }
            }
            return response;
        }

        @Override
        public HistoryUpdateResponse onHistoryUpdate(ServiceRequestContext context, HistoryUpdateRequest request)
                throws UaException {
            return delegate.onHistoryUpdate(context, request);
        }
    }

    private static final class MonitoredItems implements MonitoredItemServiceSet {
        private final MonitoredItemServiceSet delegate;
        private final ServiceJournal journal;

        MonitoredItems(MonitoredItemServiceSet delegate, ServiceJournal journal) {
            this.delegate = delegate;
            this.journal = journal;
        }

        @Override
        public CreateMonitoredItemsResponse onCreateMonitoredItems(ServiceRequestContext context,
                                                                   CreateMonitoredItemsRequest request)
                throws UaException {
            List<MonitoredItemCreateRequest> items = Lists.ofNullable(request.getItemsToCreate());
            CreateMonitoredItemsResponse response;
            try {
                response = delegate.onCreateMonitoredItems(context, request);
            } catch (UaException e) {
                throw fault(journal, context, "CreateMonitoredItems", items.size(),
                        i -> items.get(i).getItemToMonitor().getNodeId(), e);
            }
            var results = response.getResults();
            for (int i = 0; i < items.size() && results != null && i < results.length; i++) {
                MonitoredItemCreateRequest item = items.get(i);
                NodeId nodeId = item.getItemToMonitor().getNodeId();
                if (journal.isPlantNode(nodeId)) {
                    journal.record(context, "CreateMonitoredItems", nodeId,
                            "samplingInterval=" + results[i].getRevisedSamplingInterval() + " ms",
                            results[i].getStatusCode());
                }
            }
            return response;
        }

        @Override
        public ModifyMonitoredItemsResponse onModifyMonitoredItems(ServiceRequestContext context,
                                                                   ModifyMonitoredItemsRequest request)
                throws UaException {
            return delegate.onModifyMonitoredItems(context, request);
        }

        @Override
        public DeleteMonitoredItemsResponse onDeleteMonitoredItems(ServiceRequestContext context,
                                                                   DeleteMonitoredItemsRequest request)
                throws UaException {
            return delegate.onDeleteMonitoredItems(context, request);
        }

        @Override
        public SetMonitoringModeResponse onSetMonitoringMode(ServiceRequestContext context,
                                                             SetMonitoringModeRequest request) throws UaException {
            return delegate.onSetMonitoringMode(context, request);
        }

        @Override
        public SetTriggeringResponse onSetTriggering(ServiceRequestContext context, SetTriggeringRequest request)
                throws UaException {
            return delegate.onSetTriggering(context, request);
        }
    }

    private static final class View implements ViewServiceSet {
        private final ViewServiceSet delegate;
        private final ServiceJournal journal;

        View(ViewServiceSet delegate, ServiceJournal journal) {
            this.delegate = delegate;
            this.journal = journal;
        }

        @Override
        public BrowseResponse onBrowse(ServiceRequestContext context, BrowseRequest request) throws UaException {
            List<BrowseDescription> browses = Lists.ofNullable(request.getNodesToBrowse());
            BrowseResponse response;
            try {
                response = delegate.onBrowse(context, request);
            } catch (UaException e) {
                throw fault(journal, context, "Browse", browses.size(), i -> browses.get(i).getNodeId(), e);
            }
            BrowseResult[] results = response.getResults();
            for (int i = 0; i < browses.size() && results != null && i < results.length; i++) {
                NodeId nodeId = browses.get(i).getNodeId();
                if (journal.isPlantNode(nodeId)) {
                    int references = results[i].getReferences() == null ? 0 : results[i].getReferences().length;
                    journal.record(context, "Browse", nodeId, "references=" + references,
                            results[i].getStatusCode());
                }
            }
            return response;
        }

        @Override
        public BrowseNextResponse onBrowseNext(ServiceRequestContext context, BrowseNextRequest request)
                throws UaException {
            return delegate.onBrowseNext(context, request);
        }

        @Override
        public TranslateBrowsePathsToNodeIdsResponse onTranslateBrowsePaths(
                ServiceRequestContext context, TranslateBrowsePathsToNodeIdsRequest request) throws UaException {
            return delegate.onTranslateBrowsePaths(context, request);
        }

        @Override
        public RegisterNodesResponse onRegisterNodes(ServiceRequestContext context, RegisterNodesRequest request)
                throws UaException {
            return delegate.onRegisterNodes(context, request);
        }

        @Override
        public UnregisterNodesResponse onUnregisterNodes(ServiceRequestContext context,
                                                         UnregisterNodesRequest request) throws UaException {
            return delegate.onUnregisterNodes(context, request);
        }
    }

    /** Sends writes refused for lack of rights to the audit log, with the session's user. */
    private record DeniedWrites(OpcUaServer server, AuditLog audit) {

        void check(ServiceRequestContext context, WriteRequest request, WriteValue write, StatusCode result) {
            long code = result.getValue();
            if (code != StatusCodes.Bad_UserAccessDenied && code != StatusCodes.Bad_NotWritable
                    && code != StatusCodes.Bad_RequestNotAllowed) {
                return;
            }
            String user;
            try {
                user = UserStoreIdentityValidator.userOf(server.getSessionManager().getSession(context,
                        request.getRequestHeader()));
            } catch (UaException e) {
                user = "?";
            }
            audit.writeDenied(user, context.clientAddress().getHostAddress(), write.getNodeId().toParseableString(),
                    ServiceJournal.statusName(result));
        }
    }
}
