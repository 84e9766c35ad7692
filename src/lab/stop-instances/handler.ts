/**
 * Stops the running EC2 instances that opted in with a tag (AutoStop=true by
 * default). EventBridge Scheduler invokes it; the lab page
 * docs/serverless/lab-stop-ec2.mdx shows this file exactly as it is.
 *
 * Runtime: Node.js 24 (nodejs24.x), AWS SDK for JavaScript v3.
 *
 * Environment variables:
 *   TAG_KEY    tag key that opts an instance in      (default "AutoStop")
 *   TAG_VALUE  value that tag must have              (default "true")
 *   DRY_RUN    "true": ask EC2 whether the stop calls would be allowed,
 *              and report what would stop, without stopping anything
 */
import {EC2Client, type Filter, paginateDescribeInstances, StopInstancesCommand} from '@aws-sdk/client-ec2';

/** Instance IDs per StopInstances call. One failing call then leaves the other batches alone. */
export const DEFAULT_BATCH_SIZE = 50;

/** Instances per DescribeInstances page. */
const PAGE_SIZE = 100;

export type StopConfig = {
  readonly tagKey: string;
  readonly tagValue: string;
  readonly dryRun: boolean;
  readonly batchSize: number;
};

/** One StopInstances call that EC2 refused, and why. */
export type BatchFailure = {
  readonly instanceIds: readonly string[];
  readonly errorName: string;
  readonly message: string;
};

export type StopStatus = 'nothing-to-stop' | 'stopped' | 'dry-run' | 'failed';

export type StopResult = {
  readonly status: StopStatus;
  readonly dryRun: boolean;
  /** The opt-in tag, as "key=value". */
  readonly tag: string;
  /** Running instances that carry the tag. */
  readonly matched: readonly string[];
  /** Instances that EC2 is now stopping (always empty in a dry run). */
  readonly stopped: readonly string[];
  /** Dry run only: instances whose stop call EC2 said it would allow. */
  readonly wouldStop: readonly string[];
  readonly failures: readonly BatchFailure[];
};

/**
 * Thrown when at least one batch failed, after the other batches ran. Throwing
 * (rather than returning a failure status) makes Lambda count the invocation
 * as an error: the Errors metric and any alarm on it see it, and Lambda's own
 * retries for asynchronous calls apply. A retry is safe because it looks up
 * the running instances again, so it only stops what is still running.
 */
export class StopInstancesFailure extends Error {
  readonly result: StopResult;

  constructor(result: StopResult) {
    const failedIds = result.failures.flatMap((failure) => failure.instanceIds);
    const reasons = result.failures.map((failure) => `${failure.errorName}: ${failure.message}`);
    super(
      `${failedIds.length} of ${result.matched.length} instance(s) not stopped (${failedIds.join(', ')}): ${reasons.join('; ')}`,
    );
    this.name = 'StopInstancesFailure';
    this.result = result;
  }
}

/** Reads the settings from environment variables, with the lab's defaults. */
export function readConfig(env: Readonly<Record<string, string | undefined>>): StopConfig {
  return {
    tagKey: env.TAG_KEY?.trim() || 'AutoStop',
    tagValue: env.TAG_VALUE?.trim() || 'true',
    dryRun: env.DRY_RUN?.trim().toLowerCase() === 'true',
    batchSize: DEFAULT_BATCH_SIZE,
  };
}

/** EC2 does the selection: only instances that are running and carry the tag come back. */
export function instanceFilters(config: StopConfig): Filter[] {
  return [
    {Name: `tag:${config.tagKey}`, Values: [config.tagValue]},
    {Name: 'instance-state-name', Values: ['running']},
  ];
}

async function findTaggedRunningInstances(client: EC2Client, config: StopConfig): Promise<string[]> {
  const ids: string[] = [];
  const pages = paginateDescribeInstances({client, pageSize: PAGE_SIZE}, {Filters: instanceFilters(config)});
  for await (const page of pages) {
    for (const reservation of page.Reservations ?? []) {
      for (const instance of reservation.Instances ?? []) {
        // The filter already asks for running instances; checking again means a
        // changed filter can never make this stop something in another state.
        if (instance.InstanceId && instance.State?.Name === 'running') ids.push(instance.InstanceId);
      }
    }
  }
  return ids;
}

function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'UnknownError';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One JSON object per line, so CloudWatch Logs Insights can query the fields. */
function log(level: 'info' | 'error', message: string, result: StopResult): void {
  console[level](JSON.stringify({level, message, ...result}));
}

export async function stopTaggedInstances(client: EC2Client, config: StopConfig): Promise<StopResult> {
  const tag = `${config.tagKey}=${config.tagValue}`;
  const matched = await findTaggedRunningInstances(client, config);
  const stopped: string[] = [];
  const wouldStop: string[] = [];
  const failures: BatchFailure[] = [];

  for (const batch of inBatches(matched, config.batchSize)) {
    try {
      // In a dry run, EC2 checks the permissions for this exact call (including
      // the IAM condition on the instance's tag) without stopping anything.
      const output = await client.send(new StopInstancesCommand({InstanceIds: batch, DryRun: config.dryRun}));
      for (const change of output.StoppingInstances ?? []) {
        if (change.InstanceId) stopped.push(change.InstanceId);
      }
    } catch (error) {
      // A dry run that would have succeeded comes back as a DryRunOperation error.
      if (config.dryRun && errorName(error) === 'DryRunOperation') {
        wouldStop.push(...batch);
      } else {
        failures.push({instanceIds: batch, errorName: errorName(error), message: errorMessage(error)});
      }
    }
  }

  const status: StopStatus =
    matched.length === 0 ? 'nothing-to-stop' : failures.length > 0 ? 'failed' : config.dryRun ? 'dry-run' : 'stopped';
  const result: StopResult = {status, dryRun: config.dryRun, tag, matched, stopped, wouldStop, failures};

  if (status === 'failed') {
    log('error', `Some instances tagged ${tag} were not stopped`, result);
    throw new StopInstancesFailure(result);
  }
  const messages: Record<Exclude<StopStatus, 'failed'>, string> = {
    'nothing-to-stop': `No running instances tagged ${tag}: nothing to stop`,
    'dry-run': `Dry run: ${wouldStop.length} instance(s) tagged ${tag} would be stopped`,
    stopped: `Stopping ${stopped.length} instance(s) tagged ${tag}`,
  };
  log('info', messages[status], result);
  return result;
}

/**
 * Builds a handler around any EC2 client, so tests can pass a mocked one.
 * The settings are read on every call, so a changed environment variable
 * applies to the next invocation.
 */
export function createHandler(client: EC2Client, overrides: Partial<StopConfig> = {}) {
  return async (): Promise<StopResult> => stopTaggedInstances(client, {...readConfig(process.env), ...overrides});
}

// Created once per execution environment: warm invocations reuse the client.
// The Region comes from the AWS_REGION variable that Lambda sets.
export const handler = createHandler(new EC2Client({}));
