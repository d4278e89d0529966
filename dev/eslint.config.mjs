// The linter's rules for the whole repository (`npm run lint`). Beyond the recommended sets, the
// project's own rules: no HTML strings from page or dataset text, and no network requests from src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const HTML_SINKS = ['innerHTML', 'outerHTML'].map((property) => ({
  selector: `AssignmentExpression > MemberExpression.left[property.name='${property}']`,
  message: `Never set ${property}: text from a page or the dataset must not become markup.`,
}));
const HTML_CALLS = ['insertAdjacentHTML', 'createContextualFragment'].map((method) => ({
  selector: `CallExpression > MemberExpression.callee[property.name='${method}']`,
  message: `Never call ${method}: text from a page or the dataset must not become markup.`,
}));

export default tseslint.config(
  { ignores: ['dist/**', 'artifacts/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS,
        ...HTML_CALLS,
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML strings in the UI.' },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: 'Dramatis makes no network requests: read bundled files through runtime.getURL, only where this config allows it.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'navigator', property: 'sendBeacon', message: 'Dramatis makes no network requests.' },
        { object: 'document', property: 'write', message: 'No HTML strings.' },
      ],
    },
  },
  {
    // The build and dev scripts in plain JavaScript run in Node.
    files: ['**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['console', 'process', 'performance', 'setTimeout', 'clearTimeout', 'URL', 'Buffer', 'TextEncoder', 'TextDecoder', 'structuredClone'].map((name) => [
          name,
          'readonly',
        ]),
      ),
    },
  },
  {
    // The two reads of the package's own files (runtime.getURL), never of the network:
    // the worker's dataset index, and an extension page's messages when the browser gives none.
    files: ['src/background/index-file.ts', 'src/shared/i18n.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // Playwright's fixtures are declared by destructuring, an empty pattern included.
    files: ['tests/e2e/**', 'dev/**', 'bench/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
