// The layers of Qingwen, checked in `npm test` (tests/unit/layers.test.ts) and by `npm run check:layers`.
//   engine     lib/{detect,repair,convert,encoding,engine,garbles,codec,script}: text in, text out
//   dom        lib/dom: finds text in a DOM and writes it back
//   page       lib/page: one tab's session, over dom and engine
//   components presentational Preact views: data comes in as props
const ENGINE = '^lib/(detect|repair|convert|encoding|engine|garbles|codec|script)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-stays-pure',
      comment: 'The engine runs in Node and in the page alike: it imports no DOM, page, settings, storage, UI or entrypoint code.',
      severity: 'error',
      from: { path: ENGINE },
      to: { path: '^(lib/(dom|page|settings|library|background|article|i18n|cli|messaging)|entrypoints|components)(/|\\.ts$)' },
    },
    {
      name: 'dom-below-page',
      comment: 'lib/dom finds and writes text; the page session (lib/page) uses it, never the other way round.',
      severity: 'error',
      from: { path: '^lib/dom/' },
      to: { path: '^lib/page/' },
    },
    {
      name: 'components-take-props',
      comment: 'Components are presentational: pages and stores are the entrypoints\' business, data comes as props.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^(lib/(page|library|background|settings/store)|entrypoints)/' },
    },
    {
      name: 'background-apart-from-page',
      comment: 'The service worker and the content side share only the engine, messaging and settings.',
      severity: 'error',
      from: { path: '^lib/background/' },
      to: { path: '^lib/(page|dom)/' },
    },
    {
      name: 'article-below-library',
      comment: 'The library stores articles; extracting and exporting an article knows nothing of the library.',
      severity: 'error',
      from: { path: '^lib/article/' },
      to: { path: '^lib/library/' },
    },
    {
      name: 'lib-below-entrypoints',
      comment: 'Entrypoints are thin wrappers over lib/; lib/ never reaches back into them.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'one-import-style',
      comment:
        "Another module is imported as '@/lib/...' (not '../'), so a path says where a module lives. " +
        "(scripts/ is exempt: wxt.config.ts loads scripts/build-engine.ts, where the alias is not set up yet.)",
      severity: 'error',
      from: { path: '^(lib|components|entrypoints)/([^/]+)/' },
      to: { dependencyTypes: ['local'], dependencyTypesNot: ['aliased'], pathNot: '^$1/$2/' },
    },
    {
      name: 'no-cycles',
      comment: 'An import cycle means two modules are one: merge them or move the shared part down.',
      severity: 'error',
      from: { path: '^(lib|components|entrypoints)/' },
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: '^(lib|components|entrypoints)/',
    tsPreCompilationDeps: true, // type-only imports count: a type from the page layer is still the page layer
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
    exclude: { path: '\\.d\\.ts$' },
  },
};
