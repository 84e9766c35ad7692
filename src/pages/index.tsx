import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import TopicCards from '@site/src/components/TopicCards';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout
      title="Study AWS containers, serverless and batch compute"
      description="Free study notes for AWS exams on Docker, ECS, Fargate, ECR, Lambda, API Gateway, Batch and Lightsail, checked against current AWS documentation.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.tagline}>{siteConfig.tagline}</p>
          <nav aria-label="Start here" className={styles.actions}>
            <Link className="button button--primary button--lg" to="/overview">
              Start with the overview
            </Link>
            <Link className="button button--secondary button--lg" to="/cheat-sheet">
              Open the cheat sheet
            </Link>
            <Link className="button button--secondary button--lg" to="/search">
              Search the notes
            </Link>
          </nav>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <TopicCards />
      </main>
    </Layout>
  );
}
