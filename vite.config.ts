import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { firstPaintPreloads } from './scripts/first-paint-preloads';

export default defineConfig({
  root: 'client',
  plugins: [
    react(),
    firstPaintPreloads(),
    // Brotli and gzip copies next to each asset, made once at build time at the highest levels; the server
    // picks one by Accept-Encoding. index.html is left out: the server fills a per-response nonce into it,
    // so it is compressed on the fly instead.
    compression({ algorithms: ['brotliCompress', 'gzip'], exclude: /\.html$/, threshold: 1024 }),
  ],
  // The server swaps this placeholder for a per-request nonce; Vite puts it on its tags and in
  // <meta property="csp-nonce">, where the client reads it for Emotion's <style> tags.
  html: { cspNonce: '__CSP_NONCE__' },
  // MUI and the data grid are large even split; the grid chunk is lazy, so the warning says nothing useful.
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      treeshake: {
        // @emotion/react imports it bare, for a withTheme we never call; it declares no side effects, so it drops.
        moduleSideEffects: (id) => (/[\\/]node_modules[\\/]hoist-non-react-statics[\\/]/.test(id) ? false : undefined),
      },
      output: {
        codeSplitting: {
          // Everything the entry imports statically, in one file. Left alone, the bundler cuts it into a dozen chunks
          // along the lines the lazy pages share (MUI core, i18next, TanStack Query...), each compressed on its own:
          // together they compress ~10 kB smaller, and the first paint waits for fewer requests.
          groups: [{ name: 'startup', tags: ['$initial'] }],
        },
      },
    },
  },
  server: {
    // In `npm run dev` the API server listens on PORT (8080) and Vite proxies to it.
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
});
