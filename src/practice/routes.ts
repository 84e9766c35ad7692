import type {ExamId, TopicId} from '@site/src/data/types';

/** The practice page, and the coverage page that maps the exam guides to sections. */
export const PRACTICE_ROUTE = '/practice';
export const COVERAGE_ROUTE = '/exam-coverage';

/** Build-time files the practice page and the cheat sheet link to (see src/plugins/practiceFiles). */
export const QUESTION_BANK_FILE = 'data/questions.json';
export const ANKI_FILE = 'downloads/aws-other-compute.anki.txt';

/** The practice page with a session already set up: "/practice?exam=saa-c03&topics=lambda,ecs". */
export function practiceRoute(preset: {readonly exam?: ExamId; readonly topics?: readonly TopicId[]}): string {
  const params = new URLSearchParams();
  if (preset.exam) params.set('exam', preset.exam);
  if (preset.topics?.length) params.set('topics', preset.topics.join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `${PRACTICE_ROUTE}?${query}` : PRACTICE_ROUTE;
}
