import { CrosscheckError } from '../../model/crosscheck-error.js';

/**
 * Socket, DNS and TLS failures as CrosscheckErrors. Node reports them as errors with a `code` (ENOTFOUND,
 * ECONNREFUSED, CERT_HAS_EXPIRED...) and a message that varies between versions; the user gets one short sentence
 * that says what happened to which host, and the raw error stays reachable as `cause` for debugging.
 */

/** Network errors Node reports, by code, as the phrase shown to the user. */
const REASONS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'DNS lookup failed',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  EAI_FAIL: 'DNS lookup failed',
  EAI_NODATA: 'DNS lookup found no address',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed while sending the request',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EADDRNOTAVAIL: 'address not available',
};

/** The error's `code` when it has a string one (Node system and library errors do). */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Any failure while talking to `url` as a CrosscheckError; CrosscheckErrors pass through untouched. */
export function toFetchError(error: unknown, url: URL): CrosscheckError {
  if (error instanceof CrosscheckError) return error;
  const code = errorCode(error);
  const where = url.host;
  const known = code === undefined ? undefined : REASONS[code];
  let reason: string;
  if (known) reason = `${known} (${code})`;
  else if (code?.startsWith('HPE_')) reason = `malformed HTTP response (${code})`;
  else if (code && isTlsCode(code)) reason = `TLS handshake failed (${code})`;
  else if (code) reason = `${code}`;
  else reason = error instanceof Error && error.message ? error.message : String(error);
  return new CrosscheckError('CC_FETCH_FAILED', `cannot fetch from ${where}: ${reason}`, { cause: error });
}

/** A body that stopped before its end: the server or the network closed the connection mid-response. */
export function truncatedBody(url: URL, cause?: unknown): CrosscheckError {
  return new CrosscheckError('CC_FETCH_FAILED', `cannot fetch from ${url.host}: connection closed before the body was complete`,
    cause === undefined ? {} : { cause });
}

/** The error a user's AbortSignal turns into: a timeout signal (AbortSignal.timeout) is a timeout, else an abort. */
export function abortError(reason: unknown): CrosscheckError {
  if (reason instanceof CrosscheckError) return reason;
  const name = typeof reason === 'object' && reason !== null && 'name' in reason ? reason.name : undefined;
  if (name === 'TimeoutError') return new CrosscheckError('CC_FETCH_TIMEOUT', 'fetch timed out (caller deadline)', { cause: reason });
  return new CrosscheckError('CC_FETCH_FAILED', 'fetch aborted by the caller', { cause: reason });
}

function isTlsCode(code: string): boolean {
  return code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_') || code.includes('CERT') || code.includes('SELF_SIGNED');
}
