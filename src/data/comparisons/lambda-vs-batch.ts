import type {Comparison} from '../types';
import lambda from '../topics/lambda';
import batch from '../topics/batch';

/**
 * AWS Lambda against AWS Batch, the comparison the course notes drew.
 * Rows that are service facts are read from the topic entries, so this table
 * cannot disagree with the Lambda and Batch pages.
 */
const lambdaVsBatch = {
  id: 'lambda-vs-batch',
  caption: 'AWS Lambda compared with AWS Batch',
  rowHeader: 'Aspect',
  columns: [
    {key: 'lambda', label: 'AWS Lambda'},
    {key: 'batch', label: 'AWS Batch'},
  ],
  rows: [
    {label: 'Longest single run', cells: {lambda: lambda.facts.maxRunTime, batch: batch.facts.maxRunTime}},
    {label: 'Runtimes and packaging', cells: {lambda: lambda.facts.whatYouRun, batch: batch.facts.whatYouRun}},
    {
      label: 'Temporary disk',
      cells: {
        lambda: '/tmp of 512 MB by default, configurable up to 10,240 MB',
        batch: 'EC2: the instance storage you configure; Fargate: ephemeral storage configurable from 21 to 200 GiB',
      },
    },
    {label: 'Who manages compute', cells: {lambda: lambda.facts.serverManagement, batch: batch.facts.serverManagement}},
    {label: 'Scaling', cells: {lambda: lambda.facts.scaling, batch: batch.facts.scaling}},
    {label: 'Pricing', cells: {lambda: lambda.facts.pricing, batch: batch.facts.pricing}},
    {label: 'Best for', cells: {lambda: lambda.facts.bestFor, batch: batch.facts.bestFor}},
  ],
} as const satisfies Comparison<'lambda' | 'batch'>;

export default lambdaVsBatch;
