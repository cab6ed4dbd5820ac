import type { LookupAddress } from "node:dns";
import { lookup as lookupAll } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { OutboundRefusedError } from "../jobs/job-error";
import { addressRefusal, checkTarget, type OutboundPolicy, type OutboundTarget } from "./outbound-policy";

export type OutboundRequest = {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** For everything together: resolving, connecting, the answer's headers and its whole body. */
  timeoutMs: number;
};

/** The answer's first `MAX_RESPONSE_BYTES` bytes as text; `truncated` when there was more. */
export type OutboundResponse = { status: number; body: string; truncated: boolean };

export type OutboundClient = (request: OutboundRequest, signal: AbortSignal) => Promise<OutboundResponse>;

/** Every address of a name; the system resolver unless a test stands in for DNS. */
export type ResolveName = (hostname: string) => Promise<LookupAddress[]>;

const systemResolver: ResolveName = (hostname) => lookupAll(hostname, { all: true, verbatim: true });

/** Enough for any webhook's acknowledgement; the rest is never read, so a huge answer costs nothing. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * The one way steps and tasks call out. The URL must pass the policy; the host name is resolved
 * once and every address it has must be allowed; the connection goes to those checked addresses
 * (no second lookup, so a name cannot be re-pointed between check and connect); redirects are
 * answers, not followed; the body is read up to a byte limit and the whole call is bounded in time.
 * Refusals are `OutboundRefusedError` (non-retryable); timeouts and network errors are plain errors.
 */
export function createOutboundClient(policy: OutboundPolicy, resolveName: ResolveName = systemResolver): OutboundClient {
  return async (request, signal) => {
    const checked = checkTarget(request.url, policy);
    if (!checked.ok) throw new OutboundRefusedError(`${request.url} refused: ${checked.reason}`);
    const target = checked.value;
    const timeout = AbortSignal.timeout(request.timeoutMs);
    const deadline = AbortSignal.any([signal, timeout]);
    try {
      const addresses = await resolveChecked(target, policy, resolveName, deadline);
      return await exchange(target, addresses, request, deadline);
    } catch (error) {
      if (!(error instanceof OutboundRefusedError) && timeout.aborted && !signal.aborted) throw new Error(`no complete answer within ${request.timeoutMs} ms`);
      throw error;
    }
  };
}

/** Every address the name has, each checked: one blocked address refuses the call. */
async function resolveChecked(target: OutboundTarget, policy: OutboundPolicy, resolveName: ResolveName, signal: AbortSignal): Promise<LookupAddress[]> {
  const family = isIP(target.hostname);
  const addresses = family ? [{ address: target.hostname, family }] : await untilAborted(resolveName(target.hostname), signal);
  if (addresses.length === 0) throw new Error(`${target.hostname} has no address`);
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, policy);
    if (refusal) throw new OutboundRefusedError(`${target.url.href} refused: ${target.hostname} resolves to ${address}, which is ${refusal}`);
  }
  return addresses;
}

async function exchange(target: OutboundTarget, addresses: LookupAddress[], request: OutboundRequest, signal: AbortSignal): Promise<OutboundResponse> {
  const send = target.url.protocol === "https:" ? httpsRequest : httpRequest;
  const body = request.body ?? "";
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const outgoing = send(
      target.url,
      {
        method: request.method,
        headers: { ...request.headers, "content-length": String(Buffer.byteLength(body)) },
        lookup: pinnedLookup(addresses),
        // A fresh connection each time: nothing pooled from an earlier call is reused.
        agent: false,
        signal,
      },
      resolve,
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
  return { status: response.statusCode ?? 0, ...(await readLimited(response)) };
}

/**
 * Answers the checked addresses, and only those, whenever the connection asks for the name's
 * addresses; the name itself still goes out as Host and as the TLS server name.
 */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return ((_hostname, options, callback) => {
    if (options.all) return callback(null, addresses);
    const [first] = addresses.filter((one) => !options.family || one.family === options.family);
    if (!first) return callback(Object.assign(new Error("no checked address of the family asked for"), { code: "ENOTFOUND" }), "", 0);
    callback(null, first.address, first.family);
  }) as LookupFunction;
}

/** Reads the body chunk by chunk and stops (closing the connection) once it passes the limit. */
async function readLimited(response: IncomingMessage): Promise<{ body: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    const room = MAX_RESPONSE_BYTES - size;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      return { body: Buffer.concat(chunks).toString("utf8"), truncated: true };
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  return { body: Buffer.concat(chunks).toString("utf8"), truncated: false };
}

/** A lookup cannot be cancelled, but the call need not wait for it past its deadline. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener("abort", onAbort));
}
