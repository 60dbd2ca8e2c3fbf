import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { defineConfig, globalIgnores } from 'eslint/config'

// Dependency direction: shared (components, hooks, lib, i18n) → features → app.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const noAppImports = {
  group: ['@/app', '@/app/*'],
  message: 'Only the app layer may import from src/app.',
}

const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          noAppImports,
          {
            group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`],
            message: 'Features must not import other features; compose them in src/app.',
          },
          {
            group: ['../../*'],
            message: 'Leave the feature folder through the @/ alias, never through relative paths.',
          },
        ],
      },
    ],
  },
}))

export default defineConfig(
  globalIgnores(['dist', 'node_modules', 'e2e/out']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'simple-import-sort': simpleImportSort },
    rules: {
      // One block: packages, then the @/ alias, then relative paths, each sorted.
      'simple-import-sort/imports': ['error', { groups: [['^\\u0000', '^node:', '^@?\\w', '^@/', '^\\.']] }],
      'simple-import-sort/exports': 'error',
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/components/**', 'src/hooks/**', 'src/lib/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noAppImports, { group: ['@/features', '@/features/*'], message: 'Shared code must not depend on features.' }],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    // Route modules export route objects next to their components; UI primitives export variants.
    files: ['src/app/**/*.tsx', 'src/components/ui/**/*.tsx'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['*.{js,ts}', 'e2e/**/*.mjs'],
    languageOptions: { globals: globals.node },
    extends: [js.configs.recommended],
  },
)
