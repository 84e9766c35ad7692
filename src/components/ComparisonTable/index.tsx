import {type ReactNode, useId} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type {Comparison} from '@site/src/data/types';
import styles from './styles.module.css';

type Props<Column extends string> = {
  readonly comparison: Comparison<Column>;
  /** False where the same table is indexed on another page already. */
  readonly searchable?: boolean;
  /**
   * Short cells that fit a laptop without sideways scrolling; on a phone
   * each row becomes a card with its column names beside the values.
   */
  readonly compact?: boolean;
};

/**
 * A comparison table fed from typed data. The wrapper scrolls on narrow
 * screens while the first column stays in view; it is focusable so keyboard
 * users can scroll it too.
 */
export default function ComparisonTable<Column extends string>({
  comparison,
  searchable = true,
  compact = false,
}: Props<Column>): ReactNode {
  const captionId = useId();
  return (
    <div
      className={clsx(styles.scroller, compact && styles.compact)}
      role="region"
      aria-labelledby={captionId}
      // A scrollable region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      data-comparison={comparison.id}
      data-search-ignore={searchable ? undefined : ''}>
      <table className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          {comparison.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{comparison.rowHeader}</th>
            {comparison.columns.map((column) => (
              <th scope="col" key={column.key}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.href ? <Link to={row.href}>{row.label}</Link> : row.label}</th>
              {comparison.columns.map((column) => {
                const href = row.cellLinks?.[column.key];
                const text = row.cells[column.key];
                return (
                  <td key={column.key} data-label={column.label}>
                    {href ? <Link to={href}>{text}</Link> : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
