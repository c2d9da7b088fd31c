// ESLint flat config: typescript-eslint, Nx module boundaries, and purity rules for libs/.
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

const impureModules = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'pg-*',
  '@electric-sql/*',
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'http',
  'node:http',
  'https',
  'node:https',
  'timers',
  'node:timers',
  'timers/promises',
  'node:timers/promises',
  'net',
  'node:net',
  'child_process',
  'node:child_process',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      '.nx/**',
      '**/*.mjs',
      '**/*.js',
      'apps/console/**',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // apps/worker is also the runtime package (schema, store, engine commands) the API builds on.
          allow: ['@durastep/worker'],
          depConstraints: [
            { sourceTag: 'scope:lib', onlyDependOnLibsWithTags: ['scope:lib'] },
            { sourceTag: 'lib:state-language', notDependOnLibsWithTags: ['lib:executor'] },
            { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['scope:lib', 'scope:infra'] },
          ],
        },
      ],
    },
  },
  {
    // Test files may share fixtures across projects by path (e.g. the scratch-database helper).
    files: ['**/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Libraries are pure: no I/O, no clock, no randomness. Time and randomness arrive inside events.
    files: ['libs/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: impureModules, message: 'libs/ are pure: no I/O, frameworks or timers.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'libs/ never read the clock: time arrives inside events.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'libs/ never read the clock: time arrives inside events.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'libs/ never use Math.random: randomness arrives inside events.',
        },
        {
          selector: 'CallExpression[callee.name=/^(setTimeout|setInterval|setImmediate)$/]',
          message: 'libs/ never use timers: a Wait returns a StartTimer command.',
        },
      ],
    },
  },
);
