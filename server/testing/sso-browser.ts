/**
 * Just enough of a browser for API tests of single sign-on: real HTTP on loopback, redirects followed by hand, and
 * a cookie jar per origin (paths and attributes ignored: every cookie of an origin is sent back to it).
 */
export function createSsoBrowser() {
  const jars = new Map<string, Map<string, string>>();
  const jarOf = (origin: string) => {
    const jar = jars.get(origin) ?? new Map<string, string>();
    jars.set(origin, jar);
    return jar;
  };

  async function request(url: string, init: RequestInit = {}): Promise<Response> {
    const { origin } = new URL(url);
    const jar = jarOf(origin);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { Cookie: cookie } : {}) },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  /** Follows redirects from `url` until an answer that is not one; returns it and the URL it came from. */
  async function follow(url: string, init?: RequestInit, stopAt?: (url: URL) => boolean) {
    let at = url;
    let res = await request(at, init);
    while (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location') ?? '', at);
      if (stopAt?.(next)) return { res, url: at, next };
      at = next.href;
      res = await request(at);
    }
    return { res, url: at, next: null };
  }

  return {
    request,
    follow,
    cookie: (origin: string, name: string) => jarOf(origin).get(name) ?? null,
    setCookie: (origin: string, name: string, value: string) => jarOf(origin).set(name, value),
    /** Every cookie sent to an origin, as a Cookie header. */
    cookies: (origin: string) => [...jarOf(origin)].map(([k, v]) => `${k}=${v}`).join('; '),
  };
}

export type SsoBrowser = ReturnType<typeof createSsoBrowser>;

/**
 * Signs in by SSO as a person would: the console's start route, the provider's login form, back to the callback.
 * Returns where the console sent the browser at the end (`/` or `/sign-in?error=…`).
 */
export async function signInWithSso(
  browser: SsoBrowser,
  consoleBase: string,
  person: { username: string; password: string },
  returnTo?: string,
) {
  const landsOnConsolePage = (url: URL) => url.origin === consoleBase && !url.pathname.startsWith('/api/');
  const start = `${consoleBase}/api/session/oidc/start${returnTo ? `?${new URLSearchParams({ returnTo })}` : ''}`;
  let step = await browser.follow(start, undefined, landsOnConsolePage);
  if (!step.next) {
    // The provider's login page.
    const form = /action="([^"]+)"/.exec(await step.res.text())?.[1];
    if (!form) throw new Error(`no login form at ${step.url}`);
    step = await browser.follow(
      new URL(form.replace(/&#47;/g, '/'), step.url).href,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(person).toString(),
      },
      landsOnConsolePage,
    );
  }
  if (!step.next) throw new Error(`sign-in stopped at ${step.url} (HTTP ${step.res.status})`);
  return {
    landing: `${step.next.pathname}${step.next.search}`,
    sessionCookie: browser.cookie(consoleBase, 'imc_session'),
  };
}
