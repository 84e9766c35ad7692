import {usePluginData} from '@docusaurus/useGlobalData';

/** What src/plugins/practiceFiles gives every page. */
export type PracticeGlobalData = {
  /** Heading words of each section the exam map names, by "/route#id". */
  readonly sectionTitles: {readonly [section: string]: string};
  readonly questionsPerTask: {readonly [task: string]: number};
  readonly questionsPerTopic: {readonly [topic: string]: number};
  /** The same per exam, so the practice form shows its counts before the bank arrives. */
  readonly questionsPerExamTopic: {readonly [exam: string]: {readonly [topic: string]: number}};
};

export function usePracticeData(): PracticeGlobalData {
  return usePluginData('practice-files') as PracticeGlobalData;
}
