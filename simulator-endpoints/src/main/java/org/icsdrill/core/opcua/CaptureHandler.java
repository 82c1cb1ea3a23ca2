package org.icsdrill.core.opcua;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.net.InetSocketAddress;
import java.util.function.Supplier;
import org.icsdrill.core.capture.NetworkTap;
import org.icsdrill.core.net.SourcePolicy;

/**
 * Tells the run's capture what one OPC UA connection carries: the first handler of the pipeline, so
 * it sees the bytes as they come off the socket and as they go onto it. The channel allows half
 * closure, so a client's FIN arrives here as an event: it is captured, then the channel closed, in
 * that order, and a client waiting for the server's FIN finds it captured. A connection from an
 * isolated host is captured as refused (the {@link IsolationGate} behind closes it), and a
 * connection closed while its host is isolated as reset.
 */
final class CaptureHandler extends ChannelDuplexHandler {

    private final Supplier<NetworkTap> tap;
    private final SourcePolicy policy;
    private NetworkTap.Flow flow = NetworkTap.Flow.NONE;
    private boolean ended;

    CaptureHandler(Supplier<NetworkTap> tap, SourcePolicy policy) {
        this.tap = tap;
        this.policy = policy;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (ctx.channel().remoteAddress() instanceof InetSocketAddress client
                && ctx.channel().localAddress() instanceof InetSocketAddress server) {
            if (policy.isIsolated(client.getAddress())) {
                tap.get().refused(client, server);
                ended = true;
            } else {
                flow = tap.get().accepted(client, server);
            }
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        joinLateCapture(ctx);
        if (!ended && flow != NetworkTap.Flow.NONE && msg instanceof ByteBuf bytes) {
            byte[] copy = new byte[bytes.readableBytes()];
            bytes.getBytes(bytes.readerIndex(), copy);
            flow.fromClient(copy, 0, copy.length);
        }
        super.channelRead(ctx, msg);
    }

    /** A capture started while this connection was open: it joins with a handshake of its own. */
    private void joinLateCapture(ChannelHandlerContext ctx) {
        if (!ended && flow == NetworkTap.Flow.NONE && tap.get() != NetworkTap.NONE
                && ctx.channel().remoteAddress() instanceof InetSocketAddress client
                && ctx.channel().localAddress() instanceof InetSocketAddress server) {
            flow = tap.get().accepted(client, server);
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (!ended && flow != NetworkTap.Flow.NONE && msg instanceof ByteBuf bytes) {
            byte[] copy = new byte[bytes.readableBytes()];
            bytes.getBytes(bytes.readerIndex(), copy);
            flow.fromServer(copy, 0, copy.length);
        }
        super.write(ctx, msg, promise);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof ChannelInputShutdownEvent) {
            if (!ended) {
                ended = true;
                flow.closedByClient();
            }
            ctx.close();
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) throws Exception {
        if (!ended) {
            ended = true;
            if (ctx.channel().remoteAddress() instanceof InetSocketAddress client
                    && policy.isIsolated(client.getAddress())) {
                flow.reset();
            } else {
                flow.closedByServer();
            }
        }
        super.close(ctx, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (!ended) {
            ended = true;
            flow.closedByClient(); // a reset by the client, or a close the pipeline did not see
        }
        super.channelInactive(ctx);
    }
}
