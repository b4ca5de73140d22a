// Reads the YAML stream `kubectl kustomize` renders (stdin) and validates each resource against its
// Kubernetes schema with kubernetes-models; then checks what the issue asks of the deployment itself.
// Prints "N passed, N failed"; exits 1 on any failure.
import { parseAllDocuments } from 'yaml';

const models = {
  'v1/ConfigMap': () => import('kubernetes-models/v1/ConfigMap'),
  'v1/Service': () => import('kubernetes-models/v1/Service'),
  'apps/v1/Deployment': () => import('kubernetes-models/apps/v1/Deployment'),
  'batch/v1/Job': () => import('kubernetes-models/batch/v1/Job'),
  'policy/v1/PodDisruptionBudget': () => import('kubernetes-models/policy/v1/PodDisruptionBudget'),
  'autoscaling/v2/HorizontalPodAutoscaler': () => import('kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler'),
  'networking.k8s.io/v1/Ingress': () => import('kubernetes-models/networking.k8s.io/v1/Ingress'),
};

const input = await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (d) => (text += d)).on('end', () => resolve(text));
});
const docs = parseAllDocuments(input).map((d) => d.toJS()).filter(Boolean);
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? 'PASS' : 'FAIL'} ${what}`);
};

for (const doc of docs) {
  const key = `${doc.apiVersion}/${doc.kind}`;
  const load = models[key];
  if (!load) {
    check(false, `${key} ${doc.metadata?.name}: no schema known here`);
    continue;
  }
  const module = await load();
  const Model = module[doc.kind] ?? module.default;
  try {
    new Model(doc).validate();
    check(true, `${key} ${doc.metadata.name} matches the schema`);
  } catch (e) {
    check(false, `${key} ${doc.metadata?.name}: ${e.message}`);
  }
}

const find = (kind, name) => docs.find((d) => d.kind === kind && d.metadata.name.endsWith(name));
const api = find('Deployment', 'socialworkcloud-api');
const container = api?.spec.template.spec.containers[0];
check(api && api.spec.replicas >= 2, 'API Deployment runs at least 2 replicas');
check(container?.readinessProbe?.httpGet?.path === '/health/ready', 'API readiness probe is /health/ready');
check(container?.livenessProbe?.httpGet?.path === '/health/live' && container?.startupProbe, 'API has liveness and startup probes');
check(container?.resources?.requests?.cpu && container?.resources?.limits?.memory, 'API declares resources');
check(container?.env?.some((e) => e.name === 'Hangfire__RunServer' && e.value === 'false'), 'API replicas serve HTTP only');
const worker = find('Deployment', 'socialworkcloud-worker');
check(worker?.spec.template.spec.containers[0].env.some((e) => e.name === 'Hangfire__RunServer' && e.value === 'true'), 'worker runs the job server');
check(find('Job', 'socialworkcloud-migrate')?.spec.template.spec.containers[0].args?.[0] === 'migrate', 'migrate Job runs the migrate command');
check(find('PodDisruptionBudget', 'socialworkcloud-api'), 'API has a PodDisruptionBudget');
check(find('HorizontalPodAutoscaler', 'socialworkcloud-api')?.spec.metrics.some((m) => m.resource?.name === 'cpu'), 'HPA scales the API on CPU');
check(find('Deployment', 'socialworkcloud-redis'), 'Redis is deployed');
const config = find('ConfigMap', 'socialworkcloud');
check(config?.data?.Redis__Configuration && config?.data?.ForwardedHeaders__KnownNetworks__0, 'ConfigMap sets Redis and the trusted proxy network');
check(container?.envFrom?.some((e) => e.secretRef?.name === 'socialworkcloud'), 'secrets come from a Secret reference');

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
