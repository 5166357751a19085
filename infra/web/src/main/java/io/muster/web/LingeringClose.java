package io.muster.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.server.HttpServer;

/**
 * Closes a connection the server ends the way HTTP servers must when part of a request may still be on its way
 * (RFC 9112 section 9.6, "lingering close"): once the answer is written, the server half-closes (FIN), then
 * reads and discards what the client still sends, and only then closes. A plain close with unread bytes in the
 * socket makes the kernel answer with a reset, and the reset can destroy the answer before the client reads it:
 * a webhook refused as too large (413) then looks to the provider like a dropped connection. The client sees
 * the FIN after the answer, so it never sends its next request on this connection. Bounded: at most
 * {@link #MAX_DISCARDED} bytes and {@link #LINGER}, then the connection is closed whatever remains.
 */
public final class LingeringClose extends ChannelDuplexHandler {

    public static final Duration LINGER = Duration.ofSeconds(2);
    public static final long MAX_DISCARDED = 1 << 20;

    private static final String NAME = "muster.lingeringClose";

    private @Nullable ChannelPromise closing;
    private long discarded;

    private LingeringClose() {}

    /** Every connection of this server closes lingering. */
    public static HttpServer on(HttpServer server) {
        return server.doOnChannelInit(
                (observer, channel, remote) -> channel.pipeline().addFirst(NAME, new LingeringClose()));
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (closing != null || !(ctx.channel() instanceof DuplexChannel channel) || !channel.isActive()) {
            ctx.close(promise);
            return;
        }
        closing = promise;
        // an empty write completes after every write before it: the answer is in the socket before the FIN
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(written -> {
            if (!written.isSuccess()) {
                finish(ctx);
                return;
            }
            channel.shutdownOutput().addListener(shut -> {
                if (!shut.isSuccess()) {
                    finish(ctx);
                    return;
                }
                channel.config().setAutoRead(true);
                ctx.read();
                ctx.executor().schedule(() -> finish(ctx), LINGER.toMillis(), TimeUnit.MILLISECONDS);
            });
        });
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (msg instanceof ByteBuf bytes) {
            discarded += bytes.readableBytes();
        }
        ReferenceCountUtil.release(msg);
        if (discarded > MAX_DISCARDED) {
            finish(ctx);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (closing == null) {
            ctx.fireChannelReadComplete();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        // the client closed its side first (Netty then closes the channel without asking the pipeline)
        if (closing != null) {
            closing.trySuccess();
        }
        super.channelInactive(ctx);
    }

    private void finish(ChannelHandlerContext ctx) {
        ChannelPromise promise = closing;
        if (promise != null && !promise.isDone() && ctx.channel().isOpen()) {
            ctx.close(promise);
        } else if (promise != null) {
            promise.trySuccess();
        }
    }
}
