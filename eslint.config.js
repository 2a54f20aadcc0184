import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/results.json', 'tests/e2e/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is data: render it as text only.' },
        { selector: "AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Page text is data: no HTML sinks.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page text is data: no HTML sinks.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No dynamic code.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No dynamic code.' },
      ],
    },
  },
  {
    // Content scripts run in the page's origin: IndexedDB there belongs to LinkedIn/X, so the
    // database is reached only through messages to the background (DESIGN.md, "Architecture").
    files: ['entrypoints/*.content/**', 'components/panel/**', 'utils/sites/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', '**/db/*', '@/utils/db/*'], message: 'Content scripts never open the database.', allowTypeImports: true },
            { group: ['valibot', 'papaparse'], message: 'Keep the content-script bundle small.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx', '*.config.ts', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // End-to-end tests play the site's own router, which swaps page HTML.
    files: ['tests/e2e/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
