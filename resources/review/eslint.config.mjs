// SPDX-License-Identifier: MIT
// The review page's script: plain ES2017 in a browser, no modules, no framework. The recommended
// rules plus the ones that keep it small and safe (no eval, no HTML from strings, strict).
import js from '@eslint/js';

export default [
  js.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      ecmaVersion: 2017,
      sourceType: 'script',
      globals: {
        window: 'readonly', document: 'readonly', performance: 'readonly',
        requestAnimationFrame: 'readonly', cancelAnimationFrame: 'readonly',
        setTimeout: 'readonly', URL: 'readonly', Blob: 'readonly'
      }
    },
    rules: {
      strict: ['error', 'global'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Text goes into the page with textContent.' },
        { property: 'outerHTML', message: 'Text goes into the page with textContent.' },
        { property: 'insertAdjacentHTML', message: 'Text goes into the page with textContent.' },
        { object: 'document', property: 'write', message: 'Build elements instead.' }],
      'no-unused-vars': ['error', { caughtErrors: 'none' }],
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: 'error',
      curly: 'error',
      'no-shadow': 'error',
      'no-use-before-define': ['error', { functions: false, variables: true }],
      'max-lines': ['error', 800],
      complexity: ['error', 15]
    }
  }
];
