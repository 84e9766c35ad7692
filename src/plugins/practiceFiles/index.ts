import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {EXAM_LIST, TASK_LIST} from '../../data/exams';
import {QUESTION_LIST} from '../../data/questions';
import {TOPIC_LIST} from '../../data/topics';
import {ankiDeck} from '../../practice/anki';
import type {PracticeGlobalData} from '../../practice/globalData';
import {ANKI_FILE, QUESTION_BANK_FILE} from '../../practice/routes';
import {questionsPerTask} from '../../practice/session';
import {sectionTitles} from './sectionTitles';

const NAME = 'practice-files';

/** The few parts of the bundler's compiler this plugin touches (webpack and Rspack share them). */
type Compiler = {
  readonly webpack: {
    readonly sources: {readonly RawSource: new (text: string) => unknown};
    readonly Compilation: {readonly PROCESS_ASSETS_STAGE_ADDITIONAL: number};
  };
  readonly hooks: {
    readonly thisCompilation: {
      tap(name: string, run: (compilation: Compilation) => void): void;
    };
  };
};

type Compilation = {
  readonly hooks: {readonly processAssets: {tap(options: {name: string; stage: number}, run: () => void): void}};
  emitAsset(file: string, source: unknown): void;
};

/** Adds files to the client bundle's output, so the dev server serves them too and the offline copy caches them. */
class EmitFiles {
  constructor(private readonly files: () => {readonly [file: string]: string}) {}

  apply(compiler: Compiler): void {
    const {RawSource} = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        {name: NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL},
        () => {
          for (const [file, text] of Object.entries(this.files())) compilation.emitAsset(file, new RawSource(text));
        },
      );
    });
  }
}

/**
 * Writes the practice page's question bank as JSON, and the Anki deck. The
 * bank is data the practice page fetches for a session, so it is in no
 * page's JavaScript; the deck is a download linked from the practice page
 * and the cheat sheet.
 */
export default function practiceFilesPlugin(context: LoadContext): Plugin {
  const siteUrl = `${context.siteConfig.url.replace(/\/$/, '')}${context.siteConfig.baseUrl}`;
  return {
    name: NAME,
    /*
     * A few counts and titles every page may show (the coverage page, each
     * topic's exam box) without loading the bank: about a kilobyte.
     */
    contentLoaded({actions}) {
      const titles = sectionTitles(path.join(context.siteDir, 'docs'));
      const taught = new Set(TASK_LIST.flatMap((entry) => entry.task.sections));
      const topics: {[topic: string]: number} = {};
      const byExam: {[exam: string]: {[topic: string]: number}} = {};
      for (const {question} of QUESTION_LIST) {
        topics[question.topic] = (topics[question.topic] ?? 0) + 1;
        for (const exam of question.exams) {
          const counts = (byExam[exam] ??= {});
          counts[question.topic] = (counts[question.topic] ?? 0) + 1;
        }
      }
      const data: PracticeGlobalData = {
        sectionTitles: Object.fromEntries([...taught].map((section) => [section, titles.get(section) ?? section])),
        questionsPerTask: Object.fromEntries(questionsPerTask(QUESTION_LIST)),
        questionsPerTopic: topics,
        questionsPerExamTopic: byExam,
      };
      actions.setGlobalData(data);
    },
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        plugins: [
          new EmitFiles(() => ({
            [QUESTION_BANK_FILE]: JSON.stringify({questions: QUESTION_LIST}),
            [ANKI_FILE]: ankiDeck({questions: QUESTION_LIST, topics: TOPIC_LIST, exams: EXAM_LIST, siteUrl}),
          })),
        ],
      };
    },
  };
}
