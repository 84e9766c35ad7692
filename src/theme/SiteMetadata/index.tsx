import type {ReactNode} from 'react';
import SiteMetadata from '@theme-original/SiteMetadata';
import Head from '@docusaurus/Head';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PageMetadata} from '@docusaurus/theme-common';
import {socialCardPath} from '@site/src/utils/socialCard';

/**
 * Site-wide defaults for link previews, which pages override with their own:
 * - `og:image` is the page's own card (generated at build time by
 *   src/plugins/socialCards), found from the page's path, so every page,
 *   docs, the landing page, search and 404 alike, gets a card without a line
 *   of front matter. A doc that sets `image` in its front matter still wins,
 *   because its metadata is rendered after this.
 * - `og:description` falls back to the tagline for the few pages (search,
 *   404) that set no description of their own.
 */
export default function SiteMetadataWrapper(): ReactNode {
  const {pathname} = useLocation();
  const {siteConfig} = useDocusaurusContext();
  return (
    <>
      <SiteMetadata />
      <PageMetadata image={socialCardPath(pathname, siteConfig.baseUrl)} />
      {/* A Head of its own, so a page's description replaces this one instead of adding a second tag. */}
      <Head>
        <meta property="og:description" content={siteConfig.tagline} />
      </Head>
    </>
  );
}
