/**
 * Bundles the harness (the real pane + the fake host) for the browser with webpack's Node API,
 * into a temporary directory; returns the script text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import webpack from 'webpack';

const ROOT = resolve(__dirname, '..', '..', '..');

export function bundleHarness(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'par-ui-'));
  const compiler = webpack({
    mode: 'production',
    target: ['web', 'es2020'],
    entry: join(__dirname, 'harness.ts'),
    output: { path: outDir, filename: 'harness.js' },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          // tsconfig.json includes test/; ES modules so webpack can drop the unused Fluent parts.
          options: { transpileOnly: true, configFile: join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'es2020', sourceMap: false } },
        },
      ],
    },
    resolve: { extensions: ['.ts', '.js'], fallback: {} },
    optimization: { minimize: false },
    performance: { hints: false },
    devtool: false,
    infrastructureLogging: { level: 'error' },
  });
  return new Promise((done, fail) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      try {
        done(readFileSync(join(outDir, 'harness.js'), 'utf8'));
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    });
  });
}
