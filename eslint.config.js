import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure stages (ARCHITECTURE.md) compute; they never touch files, sockets, databases, the clock or the
// environment. Time and randomness arrive through options, so results are reproducible for one input order.
const PURE = ['src/model/**', 'src/text/**', 'src/extract/**', 'src/analyze/**', 'src/reuse/**', 'src/stories/**',
  'src/corroborate/**', 'src/pipeline.ts', 'src/ports/**'];
const IO_MODULES = ['fs', 'fs/promises', 'net', 'tls', 'http', 'https', 'http2', 'dns', 'dgram', 'child_process',
  'worker_threads', 'cluster', 'readline', 'os', 'process', 'zlib', 'stream'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**', 'bench/results/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', AbortController: 'readonly', setImmediate: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...IO_MODULES.flatMap((m) => [{ name: m, message: 'pure stage: I/O belongs in src/ingest, src/store or src/app' },
            { name: `node:${m}`, message: 'pure stage: I/O belongs in src/ingest, src/store or src/app' }]),
          { name: 'better-sqlite3', message: 'pure stage: storage goes through the Store port' },
          { name: 'kysely', message: 'pure stage: storage goes through the Store port' },
          { name: 'pg', message: 'pure stage: storage goes through the Store port' },
        ],
        patterns: [{ group: ['**/store/**', '**/ingest/**', '**/app/**', '**/cli/**', '**/http/**'], message: 'pure stages import only other pure stages' }],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'pure stage: pass settings in as options' },
        { name: 'fetch', message: 'pure stage: network goes through the Fetcher port' },
        { name: 'Buffer', message: 'pure stage: use Uint8Array' }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'pure stage: time comes from a Clock option' },
        { object: 'Math', property: 'random', message: 'pure stage: randomness comes from a seed option' }],
    },
  },
);
