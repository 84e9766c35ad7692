import type {ReactNode} from 'react';
import type {WrapperProps} from '@docusaurus/types';
import useRouteContext from '@docusaurus/useRouteContext';
import MDXContent from '@theme-original/MDXContent';
import type MDXContentType from '@theme/MDXContent';
import ReportMistake from '@site/src/components/ReportMistake';

type Props = WrapperProps<typeof MDXContentType>;

/** The plugin name the docs routes carry in their route context. */
const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

/**
 * Ends every doc page with a "Report a mistake" link.
 *
 * DocItem/Footer, beside "Edit this page", would be the obvious place, but the
 * theme marks it unsafe to swizzle; MDXContent is marked safe to wrap and
 * renders once per doc page, around its MDX. It also renders MDX pages and
 * blog posts (the site has neither today), so the route's plugin keeps the
 * link to docs. e2e/report-mistake.spec.ts fails if the link goes missing.
 */
export default function MDXContentWrapper(props: Props): ReactNode {
  const {plugin} = useRouteContext();
  return (
    <>
      <MDXContent {...props} />
      {plugin.name === DOCS_PLUGIN && <ReportMistake subject="on this page" />}
    </>
  );
}
