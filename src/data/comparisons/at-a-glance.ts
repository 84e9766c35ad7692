import type {Comparison, ServiceFacts} from '../types';
import {SERVICE_LIST} from '../topics';
import {SERVICE_FACT_COLUMNS} from './overview';

/**
 * The cheat sheet's "which service when" matrix: the overview's comparison
 * in a few words per cell, each linked to the section of the page that
 * explains it. Built from the topic entries, whose figures come from facts.
 */
const atAGlance: Comparison<keyof ServiceFacts> = {
  id: 'at-a-glance',
  caption: 'Which AWS compute service when, at a glance (each cell links to its explanation)',
  rowHeader: 'Service',
  columns: SERVICE_FACT_COLUMNS,
  rows: SERVICE_LIST.map((service) => {
    const glance = service.atAGlance;
    if (!glance)
      throw new Error(`src/data/topics/${service.id}.ts: a service needs "atAGlance" cells for the cheat sheet`);
    const keys = SERVICE_FACT_COLUMNS.map((column) => column.key);
    return {
      label: service.shortName,
      href: service.path,
      cells: Object.fromEntries(keys.map((key) => [key, glance[key].text])) as {[K in keyof ServiceFacts]: string},
      cellLinks: Object.fromEntries(keys.map((key) => [key, `${service.path}${glance[key].section}`])),
    };
  }),
};

export default atAGlance;
