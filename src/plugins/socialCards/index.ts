import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildFileFor} from '../../../scripts/lib/buildFiles';
import {GROUP_LABELS} from '../../data/groups';
import {TOPIC_LIST} from '../../data/topics';
import {cardRoute, socialCardPath} from '../../utils/socialCard';
import type {CardContent} from './card';
import {pageText} from './pageText';
import {createCardRenderer} from './render';

/**
 * Draws a social preview card for every built page, after the build, from
 * the page's own title and description (so a card never disagrees with its
 * page). src/theme/SiteMetadata points each page's og:image at the same path.
 *
 * It also draws the site card that `themeConfig.image` names, when no file
 * of that name is committed, so the configured default is never a dead link.
 */
export default function socialCardsPlugin(context: LoadContext): Plugin {
  return {
    name: 'social-cards',
    async postBuild({outDir, routesPaths, siteConfig}) {
      const render = await createCardRenderer(context.siteDir);
      const {baseUrl, title: siteTitle, tagline} = siteConfig;
      let written = 0;
      for (const routePath of new Set(routesPaths)) {
        const htmlFile = buildFileFor(outDir, baseUrl, routePath);
        if (!htmlFile) continue;
        const page = pageText(await readFile(htmlFile, 'utf8'), siteTitle);
        const content: CardContent = {
          label: siteTitle,
          title: page.title,
          service: serviceLine(cardRoute(routePath, baseUrl), page.title),
          description: page.description,
        };
        await writeCard(path.join(outDir, socialCardPath(routePath, baseUrl)), await render(content));
        written += 1;
      }
      const siteImage = siteConfig.themeConfig.image;
      if (typeof siteImage === 'string' && !existsSync(path.join(outDir, siteImage))) {
        await writeCard(
          path.join(outDir, siteImage),
          await render({label: siteTitle, title: siteTitle, description: tagline}),
        );
      }
      console.log(`[social-cards] ${written} page cards written to ${path.join(outDir, 'img', 'social')}`);
    },
  };
}

/** For a topic page, the service's full name (when the title is not already it) and its group. */
function serviceLine(route: string, title: string): string | undefined {
  const topic = TOPIC_LIST.find((candidate) => candidate.path === `/${route}`);
  if (!topic) return undefined;
  return [topic.fullName === title ? undefined : topic.fullName, GROUP_LABELS[topic.group]]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

async function writeCard(file: string, png: Buffer): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true});
  await writeFile(file, png);
}
