import { isIP } from 'node:net';
import type { RequestHandler } from 'express';
import { AppError } from './app-error';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** A hostname as it appears in a Host header: lowercase, IPv6 in brackets and in its shortest form. */
function canonicalHost(hostname: string): string {
  const name = hostname.toLowerCase();
  const bare = name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name;
  // The URL parser only sees text that is already known to be an IPv6 literal, never a raw header.
  return isIP(bare) === 6 ? new URL(`http://[${bare}]/`).hostname : name;
}

/** Whether a hostname is an IP literal, which DNS rebinding can't produce: that needs a host name. */
const isIpLiteral = (hostname: string) =>
  isIP(hostname) === 4 || (hostname.startsWith('[') && isIP(hostname.slice(1, -1)) === 6);

export interface HostCheckOptions {
  /** The listen address (HOST). */
  host: string;
  /** The origin operators use behind a proxy (PUBLIC_ORIGIN), if any. */
  publicOrigin: string | null;
}

/** Decides which Host header hostnames the console answers to. */
export function hostAllowList({ host, publicOrigin }: HostCheckOptions) {
  const listen = canonicalHost(host);
  const wildcard = listen === '0.0.0.0' || listen === '[::]';
  const names = new Set(LOOPBACK_NAMES);
  if (!wildcard) names.add(listen);
  if (publicOrigin) names.add(canonicalHost(new URL(publicOrigin).hostname));
  return (hostname: string) => {
    const candidate = canonicalHost(hostname);
    return names.has(candidate) || (wildcard && isIpLiteral(candidate));
  };
}

/**
 * Refuses requests whose Host names a site the console doesn't serve, before any route runs. A DNS
 * rebinding page makes the browser send its own name as Host while reaching our address, so without this
 * check its requests would pass as same-origin. The port is ignored: a proxy may change it.
 * `/healthz` and `/readyz` are exempt: load balancers often probe with an instance address or no useful Host at all,
 * and it answers nothing but `{"status":"ok"}`.
 */
export function hostCheck(options: HostCheckOptions): RequestHandler {
  const allowed = hostAllowList(options);
  return (req, _res, next) => {
    if (req.path === '/healthz' || req.path === '/readyz') return next();
    // Express reads X-Forwarded-Host instead of Host only from proxies that TRUST_PROXY trusts.
    const hostname = req.hostname;
    if (hostname === undefined)
      throw new AppError(421, 'misdirected_request', 'the request names no host', { field: 'Host' });
    if (!allowed(hostname))
      throw new AppError(421, 'misdirected_request', 'this console does not serve the host the request names', {
        field: 'Host',
      });
    next();
  };
}
