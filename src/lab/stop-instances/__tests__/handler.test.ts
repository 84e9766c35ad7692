import {
  DescribeInstancesCommand,
  type DescribeInstancesCommandOutput,
  EC2Client,
  EC2ServiceException,
  type InstanceStateName,
  StopInstancesCommand,
  type StopInstancesCommandInput,
} from '@aws-sdk/client-ec2';
import {mockClient} from 'aws-sdk-client-mock';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {createHandler, DEFAULT_BATCH_SIZE, readConfig, StopInstancesFailure, type StopResult} from '../handler';

const ec2Mock = mockClient(EC2Client);
const client = new EC2Client({region: 'eu-west-1'});

/** One DescribeInstances page holding the given instances. */
function page(
  instances: readonly {id: string; state?: InstanceStateName}[],
  nextToken?: string,
): DescribeInstancesCommandOutput {
  return {
    $metadata: {},
    NextToken: nextToken,
    Reservations: [
      {Instances: instances.map(({id, state = 'running'}) => ({InstanceId: id, State: {Name: state, Code: 16}}))},
    ],
  };
}

/** An EC2 error as the SDK throws it: its name is EC2's error code. */
function ec2Error(code: string, message: string): EC2ServiceException {
  return new EC2ServiceException({name: code, message, $fault: 'client', $metadata: {httpStatusCode: 400}});
}

/** StopInstances answers that every requested instance is now stopping. */
function acceptStops(): void {
  ec2Mock.on(StopInstancesCommand).callsFake((input: StopInstancesCommandInput) => ({
    StoppingInstances: (input.InstanceIds ?? []).map((id) => ({
      InstanceId: id,
      PreviousState: {Name: 'running'},
      CurrentState: {Name: 'stopping'},
    })),
  }));
}

function stopCallIds(): (string[] | undefined)[] {
  return ec2Mock.commandCalls(StopInstancesCommand).map((call) => call.args[0].input.InstanceIds);
}

async function failureOf(promise: Promise<StopResult>): Promise<StopInstancesFailure> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(StopInstancesFailure);
  return error as StopInstancesFailure;
}

let info: ReturnType<typeof vi.spyOn>;
let logError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  ec2Mock.reset();
  // Start every test from the defaults, whatever the shell running the tests has set.
  vi.stubEnv('TAG_KEY', undefined);
  vi.stubEnv('TAG_VALUE', undefined);
  vi.stubEnv('DRY_RUN', undefined);
  info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
  logError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('readConfig', () => {
  it('defaults to the AutoStop=true tag, real stops and batches of 50', () => {
    expect(readConfig({})).toEqual({tagKey: 'AutoStop', tagValue: 'true', dryRun: false, batchSize: 50});
  });

  it('reads the tag and dry-run flag from the environment', () => {
    expect(readConfig({TAG_KEY: 'Schedule', TAG_VALUE: 'office-hours', DRY_RUN: 'TRUE'})).toEqual({
      tagKey: 'Schedule',
      tagValue: 'office-hours',
      dryRun: true,
      batchSize: DEFAULT_BATCH_SIZE,
    });
  });

  it('treats anything but "true" as a real run', () => {
    expect(readConfig({DRY_RUN: 'yes'}).dryRun).toBe(false);
    expect(readConfig({DRY_RUN: ''}).dryRun).toBe(false);
  });
});

describe('handler', () => {
  it('asks EC2 only for running instances that carry the opt-in tag', async () => {
    ec2Mock.on(DescribeInstancesCommand).resolves(page([{id: 'i-1'}]));
    acceptStops();

    await createHandler(client)();

    const describeCalls = ec2Mock.commandCalls(DescribeInstancesCommand);
    expect(describeCalls).toHaveLength(1);
    expect(describeCalls[0]?.args[0].input.Filters).toEqual([
      {Name: 'tag:AutoStop', Values: ['true']},
      {Name: 'instance-state-name', Values: ['running']},
    ]);
  });

  it('uses the tag key and value from the environment', async () => {
    vi.stubEnv('TAG_KEY', 'Schedule');
    vi.stubEnv('TAG_VALUE', 'office-hours');
    ec2Mock.on(DescribeInstancesCommand).resolves(page([]));

    const result = await createHandler(client)();

    expect(ec2Mock.commandCalls(DescribeInstancesCommand)[0]?.args[0].input.Filters).toContainEqual({
      Name: 'tag:Schedule',
      Values: ['office-hours'],
    });
    expect(result.tag).toBe('Schedule=office-hours');
  });

  it('stops the matching instances and returns what it stopped', async () => {
    ec2Mock.on(DescribeInstancesCommand).resolves(page([{id: 'i-1'}, {id: 'i-2'}]));
    acceptStops();

    const result = await createHandler(client)();

    expect(stopCallIds()).toEqual([['i-1', 'i-2']]);
    expect(ec2Mock.commandCalls(StopInstancesCommand)[0]?.args[0].input.DryRun).toBe(false);
    expect(result).toEqual({
      status: 'stopped',
      dryRun: false,
      tag: 'AutoStop=true',
      matched: ['i-1', 'i-2'],
      stopped: ['i-1', 'i-2'],
      wouldStop: [],
      failures: [],
    });
    expect(info).toHaveBeenCalledWith(expect.stringContaining('Stopping 2 instance(s) tagged AutoStop=true'));
  });

  it('never stops an instance that is not running, even if EC2 returned it', async () => {
    ec2Mock.on(DescribeInstancesCommand).resolves(page([{id: 'i-1'}, {id: 'i-2', state: 'stopping'}]));
    acceptStops();

    const result = await createHandler(client)();

    expect(stopCallIds()).toEqual([['i-1']]);
    expect(result.matched).toEqual(['i-1']);
  });

  it('follows NextToken through every page of DescribeInstances', async () => {
    // The SDK paginator reuses one input object, so record each token when the call is made.
    const tokensSent: (string | undefined)[] = [];
    ec2Mock.on(DescribeInstancesCommand).callsFake((input: {NextToken?: string}) => {
      tokensSent.push(input.NextToken);
      return input.NextToken === 'page-2' ? page([{id: 'i-3'}]) : page([{id: 'i-1'}, {id: 'i-2'}], 'page-2');
    });
    acceptStops();

    const result = await createHandler(client)();

    expect(tokensSent).toEqual([undefined, 'page-2']);
    expect(result.matched).toEqual(['i-1', 'i-2', 'i-3']);
    expect(stopCallIds()).toEqual([['i-1', 'i-2', 'i-3']]);
    expect(result.stopped).toEqual(['i-1', 'i-2', 'i-3']);
  });

  it('splits the instances into batches', async () => {
    ec2Mock
      .on(DescribeInstancesCommand)
      .resolves(page([{id: 'i-1'}, {id: 'i-2'}, {id: 'i-3'}, {id: 'i-4'}, {id: 'i-5'}]));
    acceptStops();

    const result = await createHandler(client, {batchSize: 2})();

    expect(stopCallIds()).toEqual([['i-1', 'i-2'], ['i-3', 'i-4'], ['i-5']]);
    expect(result.stopped).toEqual(['i-1', 'i-2', 'i-3', 'i-4', 'i-5']);
  });

  it('does nothing when no instance matches, and says so', async () => {
    ec2Mock.on(DescribeInstancesCommand).resolves({$metadata: {}, Reservations: []});

    const result = await createHandler(client)();

    expect(ec2Mock.commandCalls(StopInstancesCommand)).toHaveLength(0);
    expect(result.status).toBe('nothing-to-stop');
    expect(result.matched).toEqual([]);
    expect(info).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith(expect.stringContaining('nothing to stop'));
  });

  describe('dry run', () => {
    beforeEach(() => {
      vi.stubEnv('DRY_RUN', 'true');
      ec2Mock.on(DescribeInstancesCommand).resolves(page([{id: 'i-1'}, {id: 'i-2'}]));
    });

    it('sends DryRun to EC2 and reports what would stop when EC2 answers DryRunOperation', async () => {
      ec2Mock
        .on(StopInstancesCommand)
        .rejects(ec2Error('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.'));

      const result = await createHandler(client)();

      const stopCalls = ec2Mock.commandCalls(StopInstancesCommand);
      expect(stopCalls).toHaveLength(1);
      expect(stopCalls[0]?.args[0].input).toEqual({InstanceIds: ['i-1', 'i-2'], DryRun: true});
      expect(result).toMatchObject({status: 'dry-run', dryRun: true, stopped: [], failures: []});
      expect(result.wouldStop).toEqual(['i-1', 'i-2']);
      expect(info).toHaveBeenCalledWith(expect.stringContaining('Dry run: 2 instance(s)'));
    });

    it('reports a missing permission as a failure', async () => {
      ec2Mock
        .on(StopInstancesCommand)
        .rejects(ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.'));

      const failure = await failureOf(createHandler(client)());

      expect(failure.result.status).toBe('failed');
      expect(failure.result.wouldStop).toEqual([]);
      expect(failure.result.failures).toEqual([
        {
          instanceIds: ['i-1', 'i-2'],
          errorName: 'UnauthorizedOperation',
          message: 'You are not authorized to perform this operation.',
        },
      ]);
    });
  });

  describe('API errors', () => {
    it('fails the invocation when DescribeInstances fails, without stopping anything', async () => {
      ec2Mock.on(DescribeInstancesCommand).rejects(ec2Error('RequestLimitExceeded', 'Request limit exceeded.'));

      await expect(createHandler(client)()).rejects.toThrow('Request limit exceeded.');
      expect(ec2Mock.commandCalls(StopInstancesCommand)).toHaveLength(0);
    });

    it('runs the other batches when one fails, then reports the failure and throws', async () => {
      ec2Mock.on(DescribeInstancesCommand).resolves(page([{id: 'i-1'}, {id: 'i-2'}, {id: 'i-3'}]));
      acceptStops();
      // The first batch fails; the second must still be sent.
      ec2Mock
        .on(StopInstancesCommand, {InstanceIds: ['i-1', 'i-2']})
        .rejects(
          ec2Error('IncorrectInstanceState', 'The instance i-2 is not in a state from which it can be stopped.'),
        );

      const failure = await failureOf(createHandler(client, {batchSize: 2})());

      expect(stopCallIds()).toEqual([['i-1', 'i-2'], ['i-3']]);
      expect(failure.result).toEqual({
        status: 'failed',
        dryRun: false,
        tag: 'AutoStop=true',
        matched: ['i-1', 'i-2', 'i-3'],
        stopped: ['i-3'],
        wouldStop: [],
        failures: [
          {
            instanceIds: ['i-1', 'i-2'],
            errorName: 'IncorrectInstanceState',
            message: 'The instance i-2 is not in a state from which it can be stopped.',
          },
        ],
      });
      expect(failure.message).toContain('2 of 3 instance(s) not stopped (i-1, i-2)');
      expect(failure.message).toContain('IncorrectInstanceState');
      expect(logError).toHaveBeenCalledTimes(1);
      const logged: unknown = JSON.parse(String(logError.mock.calls[0]?.[0]));
      expect(logged).toMatchObject({level: 'error', status: 'failed', stopped: ['i-3']});
    });
  });
});
