let cached: string | undefined | null = null;

/**
 * The nonce the server's CSP allows `<style>` elements to carry. The server writes it per request into
 * `<meta property="csp-nonce">` (Vite's `html.cspNonce`); Emotion and the data grid put it on every style they add.
 */
export function cspNonce(): string | undefined {
  if (cached === null) {
    const meta = typeof document === 'undefined' ? null : document.querySelector('meta[property="csp-nonce"]');
    // Browsers blank the attribute once the page has loaded (so CSS selectors cannot read it); the property keeps it.
    cached = (meta instanceof HTMLElement && (meta.nonce || meta.getAttribute('nonce'))) || undefined;
  }
  return cached;
}
