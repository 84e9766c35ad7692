import {factText} from '../facts';
import type {Comparison} from '../types';
import lambda from '../topics/lambda';
import batch from '../topics/batch';

/**
 * AWS Lambda against AWS Batch, the comparison the course notes drew.
 * Rows that are service facts are read from the topic entries, and figures
 * from the facts, so this table cannot disagree with the Lambda and Batch pages.
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
        lambda: `/tmp, configurable from ${factText('lambda.ephemeralStorage')}`,
        batch: `EC2: the instance storage you configure; Fargate: ${factText('batch.fargateStorage')}`,
      },
    },
    {label: 'Who manages compute', cells: {lambda: lambda.facts.serverManagement, batch: batch.facts.serverManagement}},
    {label: 'Scaling', cells: {lambda: lambda.facts.scaling, batch: batch.facts.scaling}},
    {label: 'Pricing', cells: {lambda: lambda.facts.pricing, batch: batch.facts.pricing}},
    {label: 'Best for', cells: {lambda: lambda.facts.bestFor, batch: batch.facts.bestFor}},
  ],
} as const satisfies Comparison<'lambda' | 'batch'>;

export default lambdaVsBatch;
