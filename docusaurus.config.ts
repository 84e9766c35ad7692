import {execFileSync} from 'node:child_process';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import rehypeShiki from '@shikijs/rehype';
import {codeImport} from 'remark-code-import';
import {GROUP_LABELS} from './src/data/groups';
import {SERVICE_LIST, TOPICS, type ServiceTopic} from './src/data/topics';
import contentSecurityPolicyPlugin from './src/plugins/contentSecurityPolicy';
import codeBlocksPlugin from './src/plugins/codeBlocks';
import compileHintsPlugin from './src/plugins/compileHints';
import {shikiOptions} from './src/plugins/codeBlocks/shiki';
import diagramsPlugin from './src/plugins/diagrams';
import {diagramRenderOptions} from './src/plugins/diagrams/options';
import rehypeDiagramFigure from './src/plugins/diagrams/rehypeDiagramFigure';
import rehypeMermaidAtBuild from './src/plugins/diagrams/rehypeMermaidAtBuild';
import pageScriptsPlugin from './src/plugins/pageScripts';
import practiceFilesPlugin from './src/plugins/practiceFiles';
import prefetchOncePlugin from './src/plugins/prefetchOnce';
import socialCardsPlugin from './src/plugins/socialCards';
import {pwaOptions} from './src/pwa/options';
import {parseFrontMatterWithTopicKeywords} from './src/search/topicKeywords';
import {basePathFromEnv, siteUrlFromEnv} from './src/site/address';
import {editUrlBase, repositoryFromEnv} from './src/site/repository';
import {ssrTemplate} from './src/site/ssrTemplate';

function insideGitWorktree(): boolean {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd: __dirname, stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}

const siteUrl = siteUrlFromEnv(process.env);
const baseUrl = basePathFromEnv(process.env);

// Where "Edit this page" and "Report a mistake" point. GitHub Actions sets
// GITHUB_REPOSITORY in every step, so a fork's build links to the fork.
const repository = repositoryFromEnv(process.env);

// The production build draws every diagram at build time, as SVG in the page's
// HTML (src/plugins/diagrams), so no page loads Mermaid. The dev server lets
// @docusaurus/theme-mermaid draw them in the browser instead, so `npm start`
// needs no Chromium and redraws a diagram as soon as it is edited.
const drawDiagramsAtBuild = process.env.NODE_ENV === 'production';

/** Footer links to the AWS services (src/data/topics) that `keep` picks, in reading order. */
function serviceLinks(keep: (service: ServiceTopic) => boolean): {label: string; to: string}[] {
  return SERVICE_LIST.filter(keep).map((service) => ({label: service.name, to: service.path}));
}

const config: Config = {
  title: 'AWS Other Compute',
  tagline: 'Containers, serverless, batch and simple compute on AWS: study notes checked against current AWS docs.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  organizationName: repository.owner,
  projectName: repository.name,
  // GitHub Pages serves /page.html at /page, so links are written without a trailing slash.
  trailingSlash: false,

  // The page's JavaScript starts after its first paint (see the module).
  ssrTemplate,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {
    v4: true,
    faster: true,
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  markdown: {
    mermaid: !drawDiagramsAtBuild,
    parseFrontMatter: parseFrontMatterWithTopicKeywords,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        // Docs are served from the site root, so the index must look there.
        docsRouteBasePath: '/',
        indexBlog: false,
        indexPages: false,
        hashed: true,
        language: ['en'],
        explicitSearchResultPath: true,
        searchResultLimits: 8,
        searchResultContextMaxLength: 60,
        // Quiz text, source lists, code listings and repeated summaries
        // (marked data-search-ignore) say again what a lesson says; leaving
        // them out keeps the index small and results pointing at the lesson.
        ignoreCssSelectors: [
          '[data-self-check]',
          '[data-further-reading]',
          '.theme-code-block',
          '[data-search-ignore]',
          // Diagrams carry Mermaid's stylesheet as text; their words are in the prose around them.
          'figure.diagram',
          '[data-picker]',
        ],
      },
    ],
  ],

  // Read by src/components/ReportMistake through repositoryFromCustomFields.
  customFields: {
    repository: repository.slug,
  },

  // Before a page's links are first seen (see the module).
  clientModules: ['./src/clientModules/idlePrefetch.ts'],

  plugins: [
    ...(drawDiagramsAtBuild ? [diagramsPlugin] : []),
    codeBlocksPlugin,
    compileHintsPlugin,
    pageScriptsPlugin,
    practiceFilesPlugin,
    prefetchOncePlugin,
    socialCardsPlugin,
    ['@docusaurus/plugin-pwa', pwaOptions],
    // Last, so the policy hashes the final HTML of every page.
    contentSecurityPolicyPlugin,
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // From git history; the deploy workflow checks out the full history for it.
          // A page's last-update date comes from git; a source archive (GitHub's "Download ZIP")
          // has no history, and its pages show the date their facts were checked instead.
          showLastUpdateTime: insideGitWorktree(),
          // The theme appends each page's file path and shows "Edit this page".
          editUrl: editUrlBase(repository),
          rehypePlugins: [
            // rehype-mermaid replaces each ```mermaid block with Mermaid's SVG; a diagram
            // that does not parse or draw fails the build with its file and line.
            ...(drawDiagramsAtBuild ? [[rehypeMermaidAtBuild, diagramRenderOptions()], rehypeDiagramFigure] : []),
            // Every other code block arrives in the HTML already highlighted; no highlighter in the browser.
            [rehypeShiki, shikiOptions],
          ],
          // ```ts file=<rootDir>/src/... shows a file from the repository, as it is.
          remarkPlugins: [[codeImport, {rootDir: __dirname}]],
        },
        blog: false,
        theme: {
          customCss: ['./src/css/custom.css', './src/css/diagrams.css', './src/css/print.css'],
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [
      {
        name: 'keywords',
        content: [
          'AWS',
          ...SERVICE_LIST.map((service) => service.shortName),
          TOPICS.docker.shortName,
          'study notes',
        ].join(', '),
      },
    ],
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'AWS Other Compute',
      logo: {
        alt: 'AWS Other Compute logo',
        src: 'img/logo.svg',
      },
      items: [
        {type: 'docSidebar', sidebarId: 'study', position: 'left', label: 'Services'},
        {to: '/cheat-sheet', label: 'Cheat sheet', position: 'left'},
        {to: '/practice', label: 'Practice', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Study',
          items: [
            {label: 'Overview', to: '/overview'},
            {label: 'Cheat sheet', to: '/cheat-sheet'},
            {label: 'Practice', to: '/practice'},
            {label: 'Exam coverage', to: '/exam-coverage'},
            {label: 'Search', to: '/search'},
          ],
        },
        {title: GROUP_LABELS.containers, items: serviceLinks((service) => service.group === 'containers')},
        {title: 'Serverless and more', items: serviceLinks((service) => service.group !== 'containers')},
      ],
      copyright:
        'Independent study notes, not affiliated with Amazon Web Services. Facts are checked against the AWS documentation linked on each page.',
    },
    mermaid: {
      theme: {light: 'default', dark: 'dark'},
      options: {
        // Diagrams come from our own docs, but strict keeps Mermaid from running HTML or click handlers.
        securityLevel: 'strict',
      },
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
