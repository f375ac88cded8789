import type { FactorNumber } from './types';

export interface FactorInfo {
  factor: FactorNumber;
  /** Short key used in rule ids and docs paths. */
  key: string;
  roman: string;
  title: string;
  /** The principle, in one sentence of our own. */
  summary: string;
  url: string;
}

export const FACTORS: readonly FactorInfo[] = [
  { factor: 1, key: 'codebase', roman: 'I', title: 'Codebase', summary: 'One codebase tracked in version control, many deploys; shared code is a library, not a reach into another app.', url: 'https://12factor.net/codebase' },
  { factor: 2, key: 'dependencies', roman: 'II', title: 'Dependencies', summary: 'Declare every dependency explicitly and isolate them; never rely on what happens to be installed on the host.', url: 'https://12factor.net/dependencies' },
  { factor: 3, key: 'config', roman: 'III', title: 'Config', summary: 'Everything that varies between deploys (credentials, hosts, flags) lives in the environment, not in code.', url: 'https://12factor.net/config' },
  { factor: 4, key: 'backing-services', roman: 'IV', title: 'Backing services', summary: 'Databases, queues and caches are attached resources, located by URLs from config and swappable without code changes.', url: 'https://12factor.net/backing-services' },
  { factor: 5, key: 'build-release-run', roman: 'V', title: 'Build, release, run', summary: 'Building, releasing and running are separate stages; the running app never builds or installs anything.', url: 'https://12factor.net/build-release-run' },
  { factor: 6, key: 'processes', roman: 'VI', title: 'Processes', summary: 'Processes are stateless and share nothing; anything that must persist goes to a backing service.', url: 'https://12factor.net/processes' },
  { factor: 7, key: 'port-binding', roman: 'VII', title: 'Port binding', summary: 'The app is self-contained and exports its service by binding to a port given by the environment.', url: 'https://12factor.net/port-binding' },
  { factor: 8, key: 'concurrency', roman: 'VIII', title: 'Concurrency', summary: 'Scale out by running more processes of each type; let the process manager, not the app, manage them.', url: 'https://12factor.net/concurrency' },
  { factor: 9, key: 'disposability', roman: 'IX', title: 'Disposability', summary: 'Processes start fast and shut down gracefully on SIGTERM, and can die at any moment without harm.', url: 'https://12factor.net/disposability' },
  { factor: 10, key: 'dev-prod-parity', roman: 'X', title: 'Dev/prod parity', summary: 'Keep development, staging and production as similar as possible, down to the kinds of backing services.', url: 'https://12factor.net/dev-prod-parity' },
  { factor: 11, key: 'logs', roman: 'XI', title: 'Logs', summary: 'Treat logs as an event stream written unbuffered to stdout; the environment routes and stores them.', url: 'https://12factor.net/logs' },
  { factor: 12, key: 'admin-processes', roman: 'XII', title: 'Admin processes', summary: 'Run admin and management tasks as one-off processes with the same code and config, not inside the web process.', url: 'https://12factor.net/admin-processes' },
];

export interface ManualCheck {
  id: string;
  factor: FactorNumber;
  question: string;
}

/** The parts of the factors no code check can decide; a person attests them in `.twelve-factor.yml`. */
export const MANUAL_CHECKS: readonly ManualCheck[] = [
  { id: 'codebase/one-repo-per-app', factor: 1, question: 'This app has exactly one codebase in version control, and every deploy (staging, production…) is built from it.' },
  { id: 'dependencies/isolated-install', factor: 2, question: 'A fresh checkout installs with one command from the lockfile (`npm ci`), with no globally installed packages.' },
  { id: 'config/open-source-litmus', factor: 3, question: 'The code could be made public right now without exposing any credential.' },
  { id: 'backing-services/swappable', factor: 4, question: 'Each database, queue or cache can be replaced by changing configuration only.' },
  { id: 'build-release-run/immutable-releases', factor: 5, question: 'Every release has a unique id and is never changed after it is made; rollbacks redeploy an earlier release.' },
  { id: 'processes/stateless', factor: 6, question: 'Any process can be killed and replaced without losing user data or sessions.' },
  { id: 'port-binding/self-contained', factor: 7, question: 'The app runs its own web server; nothing is injected by an external container at runtime.' },
  { id: 'concurrency/process-types', factor: 8, question: 'Process types (web, worker, clock…) are declared (e.g. in a Procfile) and scaled by running more of them.' },
  { id: 'disposability/fast-startup', factor: 9, question: 'Processes start in seconds, and jobs in progress are returned to the queue when a worker stops.' },
  { id: 'dev-prod-parity/continuous-deploy', factor: 10, question: 'Code written today reaches production within hours or days, deployed by the people who wrote it.' },
  { id: 'logs/routed-by-environment', factor: 11, question: 'The platform captures stdout and routes logs to storage and analysis; the app never manages log files.' },
  { id: 'admin-processes/shipped-with-code', factor: 12, question: 'Admin tasks (migrations, scripts, consoles) live in this repository and run as one-off processes against a release.' },
];

export function factorInfo(factor: number): FactorInfo | undefined {
  return FACTORS.find((info) => info.factor === factor);
}
