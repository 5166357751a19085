package io.muster.incident.document;

import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Component;

/**
 * Describes streamed bodies (multipart events of an upload, the byte buffers of a recording) as
 * binary in the OpenAPI document, which is what they are; otherwise springdoc models the
 * buffers' and headers' Java getters as JSON objects.
 */
@Component
class DocumentApiDescription {

    DocumentApiDescription() {
        SpringDocUtils.getConfig()
                .replaceWithSchema(PartEvent.class, new StringSchema().format("binary"))
                .replaceWithSchema(DataBuffer.class, new StringSchema().format("binary"));
    }
}
