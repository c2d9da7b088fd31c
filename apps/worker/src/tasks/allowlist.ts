import { BlockList, isIP } from 'node:net';

/** Which hosts a Task may call (SSRF protection: a definition cannot reach arbitrary hosts). */
export type Allowlist = { allows(url: URL): boolean };

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const loopbackVerdicts = new Map<string, boolean>();

/** `localhost`, 127.0.0.0/8, ::1 (and IPv4-mapped 127.x). Judged on the name, never by resolving it. */
export function isLoopbackHost(hostname: string): boolean {
  // Remembered per name: BlockList.check builds a SocketAddress per call, on every task call.
  let verdict = loopbackVerdicts.get(hostname);
  if (verdict === undefined) {
    const host = normalizeHost(hostname);
    const family = isIP(host);
    verdict =
      host === 'localhost' ||
      host.endsWith('.localhost') ||
      (family !== 0 && loopback.check(host, family === 4 ? 'ipv4' : 'ipv6'));
    if (loopbackVerdicts.size >= 1000) loopbackVerdicts.clear();
    loopbackVerdicts.set(hostname, verdict);
  }
  return verdict;
}

/**
 * Loopback is always allowed; beyond it, each entry allows a host on any port (`api.internal`,
 * `10.0.0.7`, `::1`), one port (`api.internal:8443`, `[fd00::1]:80`), a URL's host and port
 * (`http://gateway:8080`), subdomains (`*.example.com`), or everything (`*`).
 */
export function createAllowlist(entries: readonly string[]): Allowlist {
  const rules = entries.map(parseEntry).filter((r): r is Rule => r !== undefined);
  return {
    allows(url) {
      const host = normalizeHost(url.hostname);
      if (isLoopbackHost(host)) return true;
      const port = url.port || (url.protocol === 'https:' ? '443' : '80');
      return rules.some(
        (r) =>
          r.host === '*' ||
          ((r.host === host || (r.host.startsWith('*.') && host.endsWith(r.host.slice(1)))) &&
            (r.port === undefined || r.port === port)),
      );
    },
  };
}

type Rule = { host: string; port?: string };

function parseEntry(entry: string): Rule | undefined {
  const text = entry.trim().toLowerCase();
  if (text === '') return undefined;
  if (text.includes('://')) {
    try {
      const url = new URL(text);
      return {
        host: normalizeHost(url.hostname),
        port: url.port || (url.protocol === 'https:' ? '443' : '80'),
      };
    } catch {
      return undefined;
    }
  }
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) return { host: normalizeHost(bracketed[1]), port: bracketed[2] };
  if (isIP(text) === 6) return { host: normalizeHost(text) };
  const withPort = /^(.+):(\d+)$/.exec(text);
  return withPort ? { host: normalizeHost(withPort[1]), port: withPort[2] } : { host: normalizeHost(text) };
}

/** Lower case, no IPv6 brackets, no trailing dot; IPv6 in the canonical form URL gives it. */
function normalizeHost(hostname: string): string {
  let host = hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  if (isIP(host) === 6) {
    try {
      host = new URL(`http://[${host}]/`).hostname.slice(1, -1);
    } catch {
      // keep as is
    }
  }
  return host;
}
