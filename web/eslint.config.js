import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// bulletproof-react's unidirectional architecture: shared code (components, lib) -> features -> app.
// A feature never imports another feature; the app layer composes them.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const sharedMayNotImport = [
  { group: ['@/features', '@/features/**'], message: 'Shared code (components, lib) must not depend on a feature.' },
  { group: ['@/app', '@/app/**'], message: 'Only src/app may compose the application.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'e2e-results', 'playwright-report', 'src/lib/api/schema.d.ts'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // One number formatter everywhere (issue 18): "30,4" and "17.408" in Vietnamese, "30.4" and "17,408" in
    // English come from src/lib/format.ts; a raw toFixed/toLocaleString/NumberFormat shows the wrong separators.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/format.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(toFixed|toLocaleString|toPrecision)$/]",
          message: 'Format numbers through src/lib/format.ts (formatNumber, formatInteger, formatPercent, formatVnd) so Vietnamese gets "30,4" and "17.408".',
        },
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name=/^(NumberFormat|Collator)$/]",
          message: 'Numbers are formatted and names sorted through src/lib/format.ts (formatNumber…, vietnameseCollator).',
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/locales/**/*.ts', 'src/testing/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: sharedMayNotImport }] },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`],
              message: `Features never import each other: "${feature}" may only import itself, src/components and src/lib. Compose features in src/app.`,
            },
            { group: ['@/app', '@/app/**'], message: 'A feature must not import the app layer.' },
            { group: ['../../*', '../../**'], message: 'Leave a feature folder only through "@/" imports.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['e2e/**/*.ts', 'vite.config.ts', 'playwright.config.ts', 'scripts/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
);
