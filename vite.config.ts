import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { execSync } from 'node:child_process';
import pkg from './package.json' with { type: 'json' };

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

/**
 * V8's explicit compile hint: a chunk that starts with this comment is compiled
 * eagerly, on a background thread as it streams in, instead of function by
 * function on the main thread when first called. Only for code that runs whole
 * at once: React's DOM renderer (every render) and Recharts (every chart). In a
 * Lighthouse A/B (4x CPU) it cut a body's trends' TBT 213 -> 160 ms; hinting
 * every chunk did worse (more compiled than ever runs).
 */
const EAGER = [/node_modules\/react-dom\/cjs\/react-dom-client\./, /node_modules\/recharts\//];
const compileHints = (): Plugin => ({
  name: 'compile-hints',
  apply: 'build',
  enforce: 'post',
  // After minification, which would drop the comment.
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk' && chunk.moduleIds.some((id) => EAGER.some((re) => re.test(id))))
        chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  },
});

/**
 * docx bundles a browserify loader that looks for CommonJS's `require` (never
 * there in a browser). The reference made the bundler put a `require` shim in
 * the chunk every page loads (~250 B gzip of the first screen's script), for a
 * file only a checks report uses; as `false` the loader behaves the same.
 */
const docxWithoutRequire = (): Plugin => ({
  name: 'docx-without-require',
  transform(code, id) {
    if (!/node_modules\/docx\/dist\/index\.mjs$/.test(id)) return null;
    return code.replaceAll('"function" == typeof __require && __require', 'false');
  },
});

/** The version a checks report names: package.json's and the commit built (none outside a git checkout). */
function appVersion(): string {
  try {
    const commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    return `${pkg.version} (${commit})`;
  } catch {
    return pkg.version;
  }
}

/**
 * pdf.js's worker ships as .mjs, a type many static hosts do not know: served as octet-stream, the module
 * worker is refused and a PDF import waits forever. Emitted as .js, every host serves it as a script.
 */
const assetFileNames = (asset: { names: string[] }) =>
  (asset.names[0] ?? '').endsWith('.mjs') ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]';

// Unit tests that render in jsdom (@vitest-environment jsdom) and are not .tsx.
const DOM_TESTS = ['tests/unit/svgExport.test.ts'];

export default defineConfig({
  plugins: [react(), tailwindcss(), csp(), compileHints(), docxWithoutRequire()],
  define: { __APP_VERSION__: JSON.stringify(appVersion()) },
  // Module workers split their chunks: the importer's worker loads pdf.js only for a PDF.
  worker: { format: 'es', rollupOptions: { output: { assetFileNames } } },
  // The dashboard, and one chart alone for an iframe (a smaller page of its own).
  build: {
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      output: { assetFileNames },
    },
    // Every browser we serve preloads modules itself (Safari 17, Firefox 115); without it a browser only loses the head start.
    modulePreload: { polyfill: false },
    // Which chunks each view imports: the boot script preloads a library view's with the app (scripts/prerender.ts).
    manifest: true,
  },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        // Files in one worker share their modules: the library, the corpus imports and the zod schemas are
        // built once per worker, not once per file (103 s -> 41 s on this 2-core machine).
        test: { name: 'node', include: ['tests/unit/**/*.test.ts'], exclude: DOM_TESTS, isolate: false },
      },
      {
        extends: true,
        // Components keep module state a page would keep (printed, the draw queue): each file its own.
        test: { name: 'dom', include: ['tests/unit/**/*.test.tsx', ...DOM_TESTS], isolate: true },
      },
    ],
  },
});
