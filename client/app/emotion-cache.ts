import createCache, { type EmotionCache } from '@emotion/cache';
import { cspNonce } from '../lib/csp-nonce';

/** Emotion (and so MUI) adds `<style>` elements at run time; under the server's CSP they need its nonce. */
export function createEmotionCache(): EmotionCache {
  return createCache({ key: 'css', nonce: cspNonce() });
}
