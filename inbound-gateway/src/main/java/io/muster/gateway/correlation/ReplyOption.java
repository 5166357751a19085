package io.muster.gateway.correlation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One answer a notification offers: the key to text back ("1"), the answer it stands for ("SAFE"), a label. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplyOption(String key, String answer, String label) {}
