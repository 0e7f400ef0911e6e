// The lint gate (npm run lint, run by npm test): typescript-eslint's recommended rules over the
// TypeScript sources and tests, with the few choices this codebase makes on purpose noted below.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'test-artifacts/**', 'src/functions/functions.ts', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names are a type-check matter (tsc), and `_name` marks one left on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_' }],
      // The text cleaners and decoders match control characters (NUL, vertical tab…) on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // The fakes of the Office and Apps Script object models mimic untyped host objects: getters
    // closing over their proxy, `any` where the host's own typings say any, lazy requires.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-this-alias': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
