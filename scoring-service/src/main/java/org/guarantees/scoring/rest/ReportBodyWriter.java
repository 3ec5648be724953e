package org.guarantees.scoring.rest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.quarkus.vertx.utils.NoBoundChecksBuffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.guarantees.scoring.service.ReportRenderer;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes a report into a pooled direct buffer that the socket sends as it is. Returning the report as a byte array
 * would cost an array of the report's size and a second copy of it (RESTEasy copies arrays into such a buffer itself).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ReportBodyWriter implements ServerMessageBodyWriter<ReportBody> {
    private static final ReportRenderer.Target<ByteBuf> INTO_POOLED_BUFFER =
            (bytes, length) -> PooledByteBufAllocator.DEFAULT.directBuffer(length).writeBytes(bytes, 0, length);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
                               MediaType mediaType) {
        return type == ReportBody.class;
    }

    @Override
    public void writeResponse(ReportBody body, Type genericType, ServerRequestContext context) {
        ByteBuf json = body.renderer().render(body.report(), INTO_POOLED_BUFFER);
        // The Vert.x response is reached through the request side of RESTEasy's context, which holds both. Vert.x's own
        // Buffer.buffer(ByteBuf) would make the pooled buffer unreleasable; this wrapper (RESTEasy's own for arrays)
        // hands it to Netty, which releases it once sent.
        ((ResteasyReactiveRequestContext) context).serverRequest().unwrap(HttpServerResponse.class)
                .end(new NoBoundChecksBuffer(json));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ReportBody.class;
    }

    @Override
    public void writeTo(ReportBody body, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        entityStream.write(body.renderer().render(body.report()));
    }
}
