// One webpack build for everything that runs in a browser or an Office runtime. Each target is one
// entry in the list at the bottom; `npm run build` builds them all into dist/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import ruleTestData from './build/strip-rule-test-data.cjs';
import { PackageExtensionPlugin } from './manifest/gmail/package-extension.js';
import { manifestSettingsFromEnv, renderManifest } from './manifest/render.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = (...parts) => path.join(root, 'dist', ...parts);
const packageVersion = () => JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

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
        // Stylesheets ship as strings inside the scripts (shadow roots, the task pane): minified first.
        {
          test: /\.css$/,
          type: 'asset/source',
          use:
            mode === 'production'
              ? [{ loader: 'esbuild-loader', options: { loader: 'css', minify: true } }]
              : [],
        },
        // Production bundles leave out the rules' examples and ids (build/strip-rule-test-data.cjs).
        ...(mode === 'production'
          ? [
              {
                test: ruleTestData.RULE_FILE,
                enforce: 'pre',
                loader: path.join(root, 'build/strip-rule-test-data.cjs'),
              },
            ]
          : []),
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
    // Outlook task pane + the deployable manifest (ADDIN_BASE_URL, ADDIN_SEND_MODE) and icons.
    {
      name: 'outlook',
      entry: { taskpane: './src/outlook/taskpane.tsx' },
      outDir: dist('web', 'outlook'),
      esTarget: 'es2020',
      output: { clean: false },
      html: [
        { filename: 'taskpane.html', template: './src/outlook/taskpane.html', chunks: ['taskpane'] },
        { filename: 'help.html', template: './src/outlook/help.html', chunks: [] },
      ],
      plugins: [
        new CopyWebpackPlugin({
          patterns: [
            { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
            {
              from: 'manifest/manifest.xml',
              to: 'manifest.xml',
              transform: (xml) => renderManifest(xml.toString('utf8'), manifestSettingsFromEnv()),
            },
          ],
        }),
      ],
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
    // Team-lead dashboard, served at /dashboard/ by `klarheit serve` (src/stats/dashboard/server).
    {
      name: 'dashboard',
      entry: { dashboard: './src/stats/dashboard/web/main.tsx' },
      outDir: dist('web', 'dashboard'),
      // No HTML here: src/stats/dashboard/server/page.ts renders the page shell with its security headers.
      output: { clean: false, publicPath: '/dashboard/' },
    },
    // Gmail extension (Manifest V3): content script, service worker, options page, manifest and icons
    // in dist/gmail (load unpacked), zipped to dist/klarheit-gmail.zip (+ a Firefox variant) for the stores.
    {
      name: 'gmail',
      entry: {
        content: './src/gmail/content.ts',
        'service-worker': './src/gmail/service-worker.ts',
        options: './src/gmail/options/main.tsx',
      },
      outDir: dist('gmail'),
      esTarget: 'es2020',
      html: [{ filename: 'options.html', template: './src/gmail/options/options.html', chunks: ['options'] }],
      plugins: [
        new CopyWebpackPlugin({
          patterns: [
            { from: 'assets/icon-{16,32,64,128}.png', to: 'icons/[name][ext]' },
            { from: 'manifest/gmail/managed-schema.json', to: 'managed-schema.json' },
            {
              from: 'manifest/gmail/manifest.json',
              to: 'manifest.json',
              // One version for the whole product: package.json's.
              transform: (json) =>
                JSON.stringify({ ...JSON.parse(json.toString('utf8')), version: packageVersion() }, null, 2),
            },
          ],
        }),
        new PackageExtensionPlugin({
          outDir: dist('gmail'),
          zip: dist('klarheit-gmail.zip'),
          firefoxZip: dist('klarheit-gmail-firefox.zip'),
          firefoxPatch: path.join(root, 'manifest/gmail/firefox.json'),
        }),
      ],
    },
  ];
  const only = env.only ? String(env.only).split(',') : null;
  return targets.filter((t) => !only || only.includes(t.name)).map((t) => target(t, mode));
};
