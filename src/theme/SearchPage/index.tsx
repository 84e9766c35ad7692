import {type ReactNode, useEffect} from 'react';
import Head from '@docusaurus/Head';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {TOPIC_LIST} from '@site/src/data/topics';
import SearchPage from '@theme-original/SearchPage';

/**
 * Longer queries are cut to this length before they reach the search
 * worker: a pasted wall of text would otherwise keep the worker busy and
 * leave the page without results or a "no results" message.
 */
export const MAX_QUERY_LENGTH = 100;

/**
 * Search runs in the browser on an index it downloads, so without
 * JavaScript the page says so and offers every topic instead of an empty box.
 */
function SearchWithoutJavaScript(): ReactNode {
  const base = useBaseUrl('/');
  return (
    <main className="container margin-vert--lg" data-search-fallback="">
      <h1>Search</h1>
      <p>
        Search runs in your browser with JavaScript, on an index of every page that it downloads the first time you
        search. With JavaScript off, go straight to a topic or to the cheat sheet:
      </p>
      <ul>
        {TOPIC_LIST.map((topic) => (
          <li key={topic.id}>
            <a href={`${base}${topic.path.slice(1)}`}>{topic.name}</a>: {topic.summary}
          </li>
        ))}
        <li>
          <a href={`${base}cheat-sheet`}>Cheat sheet</a>: the must-know facts of every topic on one page.
        </li>
      </ul>
    </main>
  );
}

/**
 * The search plugin's results page, plus the description every page needs
 * for link previews (a shared "search?q=" link shows it in chats).
 */
export default function SearchPageWrapper(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // False while hydrating, so the first render matches the server's HTML.
  const isBrowser = useIsBrowser();
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const tooLong = isBrowser && query.length > MAX_QUERY_LENGTH;

  useEffect(() => {
    if (!tooLong) return;
    const params = new URLSearchParams(location.search);
    params.set('q', query.slice(0, MAX_QUERY_LENGTH));
    history.replace({...location, search: `?${params.toString()}`});
  }, [tooLong, query, location, history]);

  return (
    <>
      <Head>
        <meta
          name="description"
          content="Search the AWS Other Compute study notes for a service, an acronym or a concept: ECS, Fargate, ECR, Lambda, API Gateway, Batch, Lightsail."
        />
      </Head>
      <noscript>
        <SearchWithoutJavaScript />
      </noscript>
      {/* Mounted once the query is short enough, so the worker never sees the long one. */}
      {!tooLong && <SearchPage />}
    </>
  );
}
