package org.icsdrill.core.opcua;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.net.FirewallEvent;
import org.icsdrill.core.net.SourcePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site's firewall and the "isolate host" response at the OPC UA port: the first handler of every connection's pipeline
 * refuses new connections that no conduit allows or from isolated hosts before any OPC UA message is decoded, and an
 * isolation cuts the host's open connections at once, idle ones included, the way a firewall rule
 * resetting its sessions would. Each refusal and cut is journaled, so the network monitor shows the
 * isolation working.
 */
@ChannelHandler.Sharable
final class IsolationGate extends ChannelInboundHandlerAdapter implements SourcePolicy.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(IsolationGate.class);

    /** The protocol's name in the site's conduits and the firewall's log. */
    static final String PROTOCOL = "opcua";

    private final SourcePolicy policy;
    private final ServiceJournal journal;
    private final Set<Channel> open = ConcurrentHashMap.newKeySet();

    IsolationGate(SourcePolicy policy, ServiceJournal journal) {
        this.policy = policy;
        this.journal = journal;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (ctx.channel().remoteAddress() instanceof InetSocketAddress remote
                && ctx.channel().localAddress() instanceof InetSocketAddress local) {
            FirewallEvent passage = policy.firewall().check(ServiceJournal.source(remote),
                    local.getAddress().getHostAddress(), local.getPort(), PROTOCOL);
            if (!passage.allowed()) {
                refuse(ctx, "Connect", "refused: " + passage.reason());
                return;
            }
        }
        if (isolated(ctx)) {
            refuse(ctx, "Connect");
            return;
        }
        open.add(ctx.channel());
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        open.remove(ctx.channel());
        super.channelInactive(ctx);
    }

    @Override
    public void isolated(String host) {
        for (Channel channel : open) {
            if (channel.remoteAddress() instanceof InetSocketAddress remote
                    && remote.getAddress().getHostAddress().equals(host) && channel.isOpen()) {
                String source = ServiceJournal.source(remote);
                LOG.info("cutting OPC UA connection from isolated host {}", source);
                journal.record(source, "Disconnect", null, "", "dropped: host isolated", TrafficOutcome.DROPPED);
                channel.close();
            }
        }
    }

    @Override
    public void linkDown(String plant) {
        // The OPC UA server stands for the SCADA server, which stays up: the plant's values go Bad instead.
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (isolated(ctx)) {
            ReferenceCountUtil.release(msg);
            refuse(ctx, "Message");
            return;
        }
        super.channelRead(ctx, msg);
    }

    private boolean isolated(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress remote
                && policy.isIsolated(remote.getAddress());
    }

    private void refuse(ChannelHandlerContext ctx, String what) {
        refuse(ctx, what, "refused: host isolated");
    }

    private void refuse(ChannelHandlerContext ctx, String what, String why) {
        if (ctx.channel().isOpen()) {
            String source = ServiceJournal.source(ctx.channel().remoteAddress());
            LOG.info("closing OPC UA connection from {}: {}", source, why);
            journal.record(source, what, null, "", why, TrafficOutcome.REFUSED);
            ctx.close();
        }
    }

    @Override
    public void firewallTightened() {
        for (Channel channel : open) {
            if (channel.remoteAddress() instanceof InetSocketAddress remote
                    && channel.localAddress() instanceof InetSocketAddress local && channel.isOpen()
                    && !policy.firewall().permits(ServiceJournal.source(remote), local.getAddress().getHostAddress(),
                            local.getPort(), PROTOCOL)) {
                journal.record(ServiceJournal.source(remote), "Disconnect", null, "",
                        "dropped: firewall, conduit closed", TrafficOutcome.DROPPED);
                channel.close();
            }
        }
    }
}
