import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import SearchPage from '@theme-original/SearchPage';

/**
 * The search plugin's results page, plus the description every page needs
 * for link previews (a shared "search?q=" link shows it in chats).
 */
export default function SearchPageWrapper(): ReactNode {
  return (
    <>
      <Head>
        <meta
          name="description"
          content="Search the AWS Other Compute study notes for a service, an acronym or a concept: ECS, Fargate, ECR, Lambda, API Gateway, Batch, Lightsail."
        />
      </Head>
      <SearchPage />
    </>
  );
}
