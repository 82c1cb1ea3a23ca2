package org.icsdrill.core.opcua;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import org.icsdrill.core.net.SourcePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "isolate host" response at the OPC UA port: the first handler of every connection's pipeline
 * closes connections from isolated hosts, both new ones and open ones as soon as they send again,
 * before any OPC UA message is decoded, the way a firewall rule would cut them. Each cut is
 * journaled once, so the network monitor shows the isolation working.
 */
@ChannelHandler.Sharable
final class IsolationGate extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(IsolationGate.class);

    private final SourcePolicy policy;
    private final ServiceJournal journal;

    IsolationGate(SourcePolicy policy, ServiceJournal journal) {
        this.policy = policy;
        this.journal = journal;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (isolated(ctx)) {
            refuse(ctx, "Connect");
            return;
        }
        super.channelActive(ctx);
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
        if (ctx.channel().isOpen()) {
            String source = ServiceJournal.source(ctx.channel().remoteAddress());
            LOG.info("closing OPC UA connection from isolated host {}", source);
            journal.record(source, what, null, "", "refused: host isolated");
            ctx.close();
        }
    }
}
