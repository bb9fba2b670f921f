// A fence around the test process: any socket that tries to connect anywhere but loopback is
// stopped before a packet leaves and recorded, so that a guard that fails shows up as a failing test
// and never as traffic to a private or public address.
import net from 'node:net';

/** Connection attempts to non-loopback addresses, as "host:port". */
export const fenceViolations: string[] = [];

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i;

let installed = false;

/** Installs the fence once for this test process. */
export function installNetworkFence(): void {
  if (installed) return;
  installed = true;
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function fenced(this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string; port?: number; path?: string } | number | string;
    let host: string | undefined;
    let port: unknown;
    if (typeof options === 'object' && options !== null) {
      host = options.host;
      port = options.port;
      if (options.path) return (original as (...a: unknown[]) => net.Socket).apply(this, args);
    } else if (typeof options === 'number' || (typeof options === 'string' && /^\d+$/.test(options))) {
      port = options;
      host = typeof args[1] === 'string' ? args[1] : 'localhost';
    }
    const bare = (host ?? 'localhost').replace(/^\[|\]$/g, '');
    if (!LOOPBACK.test(bare)) {
      fenceViolations.push(`${bare}:${String(port)}`);
      const error = Object.assign(new Error(`test network fence: no connection to ${bare}:${String(port)}`), { code: 'EFENCED' });
      process.nextTick(() => this.destroy(error));
      return this;
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
}
