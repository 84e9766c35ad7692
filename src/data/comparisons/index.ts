import type {Comparison} from '../types';
import apiGatewayTypes from './api-gateway-types';
import atAGlance from './at-a-glance';
import dockerVsVm from './docker-vs-vm';
import ecsVsFargate from './ecs-vs-fargate';
import lambdaVsBatch from './lambda-vs-batch';
import lightsailVsEc2 from './lightsail-vs-ec2';
import overview from './overview';

/** Every comparison table, for the checks that run over all of them. */
export const COMPARISONS: readonly Comparison[] = [
  overview,
  atAGlance,
  dockerVsVm,
  ecsVsFargate,
  lambdaVsBatch,
  lightsailVsEc2,
  apiGatewayTypes,
];
