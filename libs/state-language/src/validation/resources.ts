/**
 * Task `Resource` ARNs Step Functions recognises: Lambda functions, activities, AWS SDK
 * integrations (`arn:aws:states:::aws-sdk:<service>:<action>`) and the optimized integrations
 * below (`arn:aws:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]`).
 */
const OPTIMIZED: Readonly<Record<string, readonly string[]>> = {
  lambda: ['invoke'],
  batch: ['submitJob'],
  dynamodb: ['getItem', 'putItem', 'updateItem', 'deleteItem'],
  ecs: ['runTask'],
  sns: ['publish'],
  sqs: ['sendMessage'],
  states: ['startExecution'],
  events: ['putEvents'],
  apigateway: ['invoke'],
  http: ['invoke'],
  glue: ['startJobRun'],
  databrew: ['startJobRun'],
  athena: ['startQueryExecution', 'stopQueryExecution', 'getQueryExecution', 'getQueryResults'],
  codebuild: [
    'startBuild',
    'stopBuild',
    'batchDeleteBuilds',
    'batchGetReports',
    'startBuildBatch',
    'stopBuildBatch',
    'retryBuildBatch',
    'deleteBuildBatch',
  ],
  eks: [
    'createCluster',
    'deleteCluster',
    'createFargateProfile',
    'deleteFargateProfile',
    'createNodegroup',
    'deleteNodegroup',
    'runJob',
    'call',
  ],
  elasticmapreduce: [
    'createCluster',
    'terminateCluster',
    'addStep',
    'cancelStep',
    'setClusterTerminationProtection',
    'modifyInstanceFleetByName',
    'modifyInstanceGroupByName',
  ],
  'emr-containers': ['startJobRun', 'createVirtualCluster', 'deleteVirtualCluster'],
  'emr-serverless': [
    'createApplication',
    'startApplication',
    'stopApplication',
    'deleteApplication',
    'startJobRun',
    'cancelJobRun',
  ],
  sagemaker: [
    'createEndpoint',
    'createEndpointConfig',
    'createHyperParameterTuningJob',
    'createLabelingJob',
    'createModel',
    'createProcessingJob',
    'createTrainingJob',
    'createTransformJob',
    'updateEndpoint',
  ],
  mediaconvert: ['createJob'],
  bedrock: ['invokeModel', 'createModelCustomizationJob'],
};

const PARTITION = '(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b)';
const INTEGRATION = new RegExp(
  `^arn:${PARTITION}:states:::([a-z0-9-]+):([A-Za-z0-9:.-]+?)(\\.sync(:2)?|\\.waitForTaskToken)?$`,
);
const LAMBDA_FUNCTION = new RegExp(
  `^arn:${PARTITION}:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?$`,
);
const ACTIVITY = new RegExp(`^arn:${PARTITION}:states:[a-z0-9-]+:\\d{12}:activity:[^\\s:]+$`);

export type ResourceKind = 'lambda' | 'activity' | 'integration' | 'function';

export type Resource = {
  readonly kind: ResourceKind;
  /** How the integration waits: `.sync`, `.sync:2`, `.waitForTaskToken`, or none. */
  readonly pattern?: '.sync' | '.sync:2' | '.waitForTaskToken';
};

/** The recognised shape of a Resource, or undefined when Step Functions would not accept it. */
// Durastep's own FaaS resources: an OpenFaaS (or registry) function by name.
const FAAS_FUNCTION = /^(function|openfaas):[A-Za-z0-9._-]+$/;

export function recognizeResource(arn: string): Resource | undefined {
  if (LAMBDA_FUNCTION.test(arn)) return { kind: 'lambda' };
  if (FAAS_FUNCTION.test(arn)) return { kind: 'function' };
  if (ACTIVITY.test(arn)) return { kind: 'activity' };
  const m = INTEGRATION.exec(arn);
  if (m === null) return undefined;
  const [, , service, action, suffix] = m;
  const pattern = suffix as Resource['pattern'];
  if (service === 'aws-sdk')
    return /^[a-z0-9-]+:[A-Za-z0-9]+$/.test(action) ? { kind: 'integration', pattern } : undefined;
  return OPTIMIZED[service]?.includes(action) ? { kind: 'integration', pattern } : undefined;
}

/** AWS prints recognised ARNs with the partition replaced: `arn:<partition>:states:::…`. */
export function displayArn(arn: string): string {
  return arn.replace(new RegExp(`^arn:${PARTITION}:`), 'arn:<partition>:');
}
