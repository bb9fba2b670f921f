import { buildConnector, errors } from 'undici';
import type { AddressGuard, ResolvedAddress } from './guard.ts';

/** At most this many of a host's addresses are tried, one after the other, when connecting fails. */
const MAX_ATTEMPTS = 3;

// Failures after which another address of the same host may still answer.
const RETRYABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * An undici connector that resolves the host itself through the guard and then connects to one of the
 * checked addresses, never to the name: a second DNS answer (rebinding) cannot change where the socket
 * goes. TLS still verifies the certificate against the host name, which undici takes from `host`.
 */
export function createGuardedConnector(guard: AddressGuard, timeoutMs: number): buildConnector.connector {
  const connectTo = buildConnector({ timeout: timeoutMs });
  return (options, callback) => {
    const port = options.port ? Number(options.port) : options.protocol === 'https:' ? 443 : 80;
    withTimeout(guard.resolve(options.hostname, port), timeoutMs, options.hostname).then(
      (addresses) => tryAddresses(addresses.slice(0, MAX_ATTEMPTS), 0, null),
      (error: Error) => callback(error, null),
    );

    function tryAddresses(addresses: ResolvedAddress[], index: number, lastError: Error | null): void {
      const target = addresses[index];
      if (!target) {
        callback(lastError ?? dnsEmpty(options.hostname), null);
        return;
      }
      const host = options.host ?? options.hostname;
      connectTo({ ...options, host, hostname: target.address }, (error, socket) => {
        if (!error) return callback(null, socket!);
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && RETRYABLE.has(code)) tryAddresses(addresses, index + 1, error);
        else callback(error, null);
      });
    }
  };
}

/** Bounds the DNS step by the connect timeout, which covers resolving as well as connecting. */
function withTimeout<T>(promise: Promise<T>, timeoutMs: number, hostname: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new errors.ConnectTimeoutError(`resolving ${hostname} took too long`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function dnsEmpty(hostname: string): Error {
  return Object.assign(new Error(`no address found for ${hostname}`), { code: 'ENOTFOUND' });
}
