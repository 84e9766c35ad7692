import {describe, expect, it} from 'vitest';
import {mergeProgress, parseProgress, parseProgressText, serializeProgress, type Progress} from '../progress';

const record = {box: 2, due: '2026-12-02', seen: 1, right: 1, last: '2026-12-01'} as const;
const progress: Progress = {questions: {'lambda.max-duration': record}};

describe('progress files', () => {
  it('reads back what it writes', () => {
    expect(parseProgressText(serializeProgress(progress, '2026-12-01'))).toEqual({progress, dropped: 0});
  });

  it('refuses text that is not JSON, or JSON that is not a progress file, without throwing', () => {
    for (const text of [
      '',
      '{"format":"aws-other-compute-progress","version":1,"questions":{',
      'null',
      '[]',
      '"x"',
      '{"a":1}',
    ]) {
      const parsed = parseProgressText(text);
      expect(parsed.problem, text).toBeTruthy();
      expect(parsed.progress.questions).toEqual({});
    }
  });

  it('names a version it cannot read', () => {
    expect(parseProgress({format: 'aws-other-compute-progress', version: 9, questions: {}}).problem).toContain(
      'version 9',
    );
  });

  it('keeps the good entries of a damaged file and counts the rest', () => {
    const parsed = parseProgress({
      format: 'aws-other-compute-progress',
      version: 1,
      questions: {
        'lambda.max-duration': record,
        'ecs.bad-box': {...record, box: 9},
        'ecs.more-right-than-seen': {...record, right: 3},
        'ecs.bad-date': {...record, due: 'soon'},
        '<script>': record,
        'ecs.not-an-object': 'box 2',
        __proto__: record,
      },
    });
    expect(parsed.progress.questions).toEqual({'lambda.max-duration': record});
    expect(parsed.dropped).toBe(5);
    expect(parsed.problem).toBeUndefined();
  });

  it('merges an import so that the newer answer of each question wins', () => {
    const older = {...record, last: '2026-11-01', box: 4} as const;
    const newer = {...record, last: '2026-12-05', box: 1, seen: 2, right: 1} as const;
    const merged = mergeProgress(
      {questions: {'a.one': older, 'a.two': newer}},
      {questions: {'a.one': newer, 'a.two': older, 'a.three': record}},
    );
    expect(merged.progress.questions).toEqual({'a.one': newer, 'a.two': newer, 'a.three': record});
    expect(merged.taken).toBe(2);
  });
});
