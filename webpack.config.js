// One webpack build for everything that runs in a browser or an Office runtime. Each target is one
// entry in the list at the bottom; `npm run build` builds them all into dist/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = (...parts) => path.join(root, 'dist', ...parts);

/** Shared settings: TypeScript/TSX through esbuild, Preact's JSX runtime, no source of truth elsewhere. */
function target({ name, entry, outDir, esTarget = 'es2019', html = [], plugins = [], output = {} }, mode) {
  return {
    name,
    mode,
    entry,
    target: ['web', esTarget],
    devtool: mode === 'production' ? false : 'source-map',
    output: { path: outDir, filename: '[name].js', clean: true, ...output },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          loader: 'esbuild-loader',
          options: { target: esTarget, jsx: 'automatic', jsxImportSource: 'preact' },
        },
        { test: /\.css$/, type: 'asset/source' },
      ],
    },
    plugins: [
      ...html.map((h) => new HtmlWebpackPlugin({ inject: 'body', scriptLoading: 'blocking', ...h })),
      ...plugins,
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

export default (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const targets = [
    // The playground: paste an email, see the panel. Served at / by `klarheit serve`.
    {
      name: 'playground',
      entry: { playground: './src/playground/main.tsx' },
      outDir: dist('web'),
      output: { clean: false },
      html: [{ filename: 'index.html', template: './src/playground/index.html', chunks: ['playground'] }],
    },
    // Outlook on-send check: one DOM-free ES2016 file (classic Outlook's JavaScript-only runtime)
    // plus commands.html, which loads it on the web, in new Outlook and on Mac.
    {
      name: 'outlook-onsend',
      entry: { onsend: './src/outlook/onsend.ts' },
      outDir: dist('web', 'outlook'),
      esTarget: 'es2016',
      output: { clean: false },
      html: [{ filename: 'commands.html', template: './src/outlook/commands.html', chunks: ['onsend'] }],
    },
  ];
  const only = env.only ? String(env.only).split(',') : null;
  return targets.filter((t) => !only || only.includes(t.name)).map((t) => target(t, mode));
};
