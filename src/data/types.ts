/**
 * Shared types for the study data. Every fact a page, table or cheat-sheet
 * line shows lives in one typed entry here, so a number is changed in one
 * place and TypeScript refuses an entry that leaves a field out.
 */

/** A calendar date written as YYYY-MM-DD. */
export type IsoDate = `${number}-${number}-${number}`;

/** Only https links are accepted as sources. */
export type HttpsUrl = `https://${string}`;

/** An official AWS (or Docker) page that a fact was checked against. */
export type Source = {
  readonly title: string;
  readonly url: HttpsUrl;
};

/**
 * One figure or rule about a service, written once. Pages, tables,
 * cheat-sheet lines, picker reasons and quiz explanations read `value` (or
 * `short`) from here, so a change at AWS is corrected in one place, and the
 * reader can see where each figure comes from and when it was checked.
 */
export type Fact = {
  /** What the figure is, as a row heading: "Largest task". */
  readonly label: string;
  /** The figure as it reads in a sentence: "16 vCPU and 120 GB of memory". */
  readonly value: string;
  /** The figure alone for a cheat-sheet cell: "16 vCPU / 120 GB". Defaults to `value`. */
  readonly short?: string;
  /** The official page that states it. */
  readonly source: Source;
  /** The day that page was read for this figure. */
  readonly checkedOn: IsoDate;
};

/**
 * Where AWS changed after an exam guide was written: what AWS does today,
 * and what an older exam item probably still expects.
 */
export type ExamChange = {
  /** A few words: "S3 recursive loops". */
  readonly title: string;
  /** When AWS changed it, as YYYY-MM. */
  readonly changed: `${number}-${number}`;
  /** What AWS does today. */
  readonly today: string;
  /** What an exam item written before the change probably expects. */
  readonly olderExams: string;
  readonly source: Source;
  readonly checkedOn: IsoDate;
};

/** A topic's facts and exam changes, each keyed by a camelCase name unique within the topic. */
export type TopicFacts = {
  readonly facts: {readonly [key: string]: Fact};
  readonly changes: {readonly [key: string]: ExamChange};
};

/** The topics of the site, in reading order; each has a page and a cheat-sheet section. */
export const TOPIC_IDS = [
  'docker',
  'docker-vs-vm',
  'ecs',
  'fargate',
  'ecr',
  'serverless',
  'lambda',
  'api-gateway',
  'batch',
  'lightsail',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

/** Sidebar groups; a topic belongs to exactly one. */
export type TopicGroup = 'containers' | 'serverless' | 'batch-and-simple';

/**
 * The facts that the overview matrix compares across compute services.
 * Concept topics (Docker, serverless) have no such row; services do.
 */
export type ServiceFacts = {
  /** What you hand the service: an image, a function, a job, a server. */
  readonly whatYouRun: string;
  /** Who provisions and patches the machines underneath. */
  readonly serverManagement: string;
  /** How it scales out and in. */
  readonly scaling: string;
  /** The longest a single unit of work may run. */
  readonly maxRunTime: string;
  /** What the bill is based on. */
  readonly pricing: string;
  /** The workload it is the best fit for. */
  readonly bestFor: string;
};

/** One short cell of the cheat sheet's matrix: the figure or a few words, and where the page explains it. */
export type GlanceCell = {
  readonly text: string;
  /** The section of the topic's page that explains it, e.g. "#limits". */
  readonly section: `#${string}`;
};

export type Topic = {
  readonly id: TopicId;
  /** The name a reader knows it by, e.g. "Amazon ECS". */
  readonly name: string;
  /** The shortest form, e.g. "ECS". */
  readonly shortName: string;
  /** The full official name, e.g. "Amazon Elastic Container Service". */
  readonly fullName: string;
  /** Acronyms, old names and concept words a reader may search for. */
  readonly searchTerms: readonly string[];
  readonly group: TopicGroup;
  /** The page's route below the site root, e.g. "/ecs". */
  readonly path: `/${string}`;
  /** One sentence: what it is for. */
  readonly summary: string;
  /** Present for AWS compute services, absent for concepts. */
  readonly facts?: ServiceFacts;
  /** The same comparison in a few words per cell, for the cheat sheet; present with `facts`. */
  readonly atAGlance?: {readonly [Key in keyof ServiceFacts]: GlanceCell};
  /** Three to seven must-know lines for the cheat sheet. */
  readonly cheatSheet: readonly string[];
  /** Official pages the topic's facts were checked against. */
  readonly sources: readonly Source[];
  /** The day those sources were last read. */
  readonly checkedOn: IsoDate;
};

/**
 * A comparison table. `Column` is the union of column keys, so a row that
 * leaves a cell out does not compile.
 */
export type Comparison<Column extends string = string> = {
  /** Stable id; the table's root carries it as data-comparison. */
  readonly id: string;
  readonly caption: string;
  /** Heading of the first column, whose cells head each row. */
  readonly rowHeader: string;
  readonly columns: readonly {readonly key: Column; readonly label: string}[];
  readonly rows: readonly ComparisonRow<Column>[];
};

export type ComparisonRow<Column extends string> = {
  /** Stable key and the row's heading cell. */
  readonly label: string;
  /** Optional page the row heading links to, e.g. "/lambda". */
  readonly href?: `/${string}`;
  readonly cells: {readonly [K in Column]: string};
  /** Optional page and section each cell links to, e.g. "/lambda#limits". */
  readonly cellLinks?: {readonly [K in Column]?: `/${string}`};
};

/** The exams the site prepares for, in the order a learner usually takes them. */
export const EXAM_IDS = ['clf-c02', 'saa-c03', 'dva-c02'] as const;

export type ExamId = (typeof EXAM_IDS)[number];

/** A task statement's number as its exam guide prints it: "3.2" is domain 3, task 2. */
export type TaskNumber = `${number}.${number}`;

/** "saa-c03/3.2": an exam and the number of one task statement in its guide. */
export type TaskId = `${ExamId}/${TaskNumber}`;

/** A section of one of the site's pages: "/lambda#limits". */
export type SectionRef = `/${string}#${string}`;

/** One task statement of an exam guide that concerns the services taught here. */
export type ExamTask = {
  readonly number: TaskNumber;
  /** The task statement in our own words. */
  readonly title: string;
  /** What the task asks of these services, in a sentence of our own. */
  readonly focus: string;
  /** The sections that teach it, most important first. */
  readonly sections: readonly SectionRef[];
};

export type ExamDomain = {
  readonly number: number;
  readonly title: string;
  /** Share of the scored content, in percent, as the guide gives it. */
  readonly weight: number;
  /** Only the task statements that concern these services. */
  readonly tasks: readonly ExamTask[];
};

/** Whether a service taught here is in an exam's list of in-scope services. */
export type ExamScope = {
  readonly topic: TopicId;
  readonly inScope: boolean;
  /** What that means for a learner, e.g. "listed under Compute". */
  readonly note: string;
};

export type ExamGuide = {
  readonly id: ExamId;
  /** "SAA-C03". */
  readonly code: string;
  /** "AWS Certified Solutions Architect – Associate". */
  readonly name: string;
  /** The official exam guide. */
  readonly guide: Source;
  readonly checkedOn: IsoDate;
  /** One entry per service topic (concept topics have none). */
  readonly scope: readonly ExamScope[];
  readonly domains: readonly ExamDomain[];
};

/** One answer of a bank question, with why it is right, or why it is wrong here. */
export type Choice = {
  readonly text: string;
  readonly correct: boolean;
  readonly why: string;
};

/**
 * One exam-style question of the practice bank. Topic pages show the first
 * few of their topic as a self-check; the practice page draws sessions from
 * all of them. Its id, "lambda.max-duration", appears in shared session links
 * and saved progress, so it never changes once published.
 */
export type Question = {
  /** Kebab-case, unique within its file; the global id is "<file>.<id>". */
  readonly id: string;
  /** The topic whose page teaches the answer, and whose score it counts towards. */
  readonly topic: TopicId;
  /** True for a cross-topic "which service?" scenario. */
  readonly scenario?: true;
  readonly exams: readonly ExamId[];
  /** Task statements it practises; each belongs to one of `exams`. */
  readonly tasks: readonly TaskId[];
  readonly question: string;
  /** Exactly one is correct; shown in a shuffled order in practice sessions. */
  readonly choices: readonly Choice[];
  /** The section that teaches it. */
  readonly learnMore: SectionRef;
  /** The official page that settles it. */
  readonly source: Source;
};

/** A bank question with its global id: its file's key, a dot and its own id ("lambda.max-duration"). */
export type BankEntry = {readonly id: string; readonly question: Question};
