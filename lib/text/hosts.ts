/** Host names, compared as browsers do: without case or a trailing dot, a domain owning its subdomains. */

/** `WWW.VOANEWS.COM.` → `www.voanews.com`. */
export function normalHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

/** Whether `host` (already normal) is `domain` or one of its subdomains: `www.voanews.com` is, `notvoanews.com` is not. */
export function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
