import { defineConfig } from 'vite';

/** The gateway's routes: the dev server passes them on, everything else is the SPA. */
const API_PREFIXES = ['/api', '/auth', '/me', '/admin', '/triage', '/health', '/metrics', '/docs'];
const GATEWAY = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3100';

// `vite build services/web` (npm run web:build) writes services/web/dist; `vite services/web`
// (npm run web:dev) serves the app with the API proxied to the gateway. An .mts file: the
// repository is CommonJS and Vite loads its config as an ES module.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // antd's modules start with "use client", which means nothing without server components.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: Object.fromEntries(
      API_PREFIXES.map((prefix) => [
        `^${prefix}(/|$|\\?)`,
        { target: GATEWAY, changeOrigin: false },
      ]),
    ),
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
