import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getTopic} from '@site/src/data/lookup';

type Props = {
  readonly topic: string;
};

/** A topic's must-know lines for the cheat sheet, with a link to its page. */
export default function CheatSheetLines({topic}: Props): ReactNode {
  const {cheatSheet, path, name} = getTopic(topic);
  return (
    <>
      <ul>
        {cheatSheet.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <Link to={path}>Study the full {name} page</Link>
      </p>
    </>
  );
}
