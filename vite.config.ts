import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * The production page's Content-Security-Policy, as a meta tag: scripts only
 * from this origin (no inline script, no eval), data only from this origin,
 * images also from blob:/data: (exports draw SVG into a canvas). The dev server
 * stays looser because Vite's client injects inline code.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const csp = (): Plugin => ({
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    ),
});

export default defineConfig({
  plugins: [react(), tailwindcss(), csp()],
  // Module workers split their chunks: the importer's worker loads pdf.js only for a PDF.
  worker: { format: 'es' },
  // The dashboard, and one chart alone for an iframe (a smaller page of its own).
  build: { rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
