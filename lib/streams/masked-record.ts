import { decodeValue } from "../kafka/decode-value";
import { headersAsText } from "../kafka/headers-as-text";
import type { ReadRecord } from "../kafka/window-reader";
import { maskDecodedValue, maskSecrets } from "../security/mask-secrets";

/**
 * A record of StreamOps' own topics as browsing may see it: secrets in its value and headers
 * masked before anything looks at it, so neither the page nor a `contains` search can reveal them.
 */
export function maskedRecord(record: ReadRecord): ReadRecord {
  const { message } = record;
  const decoded = maskDecodedValue(decodeValue(message.value));
  return {
    ...record,
    // The same kind of record (kafkajs' union of record shapes), with two fields replaced.
    message: Object.assign({}, message, {
      value: decoded.value === null ? message.value : Buffer.from(decoded.value),
      headers: maskSecrets(headersAsText(message.headers)),
    }),
  };
}
