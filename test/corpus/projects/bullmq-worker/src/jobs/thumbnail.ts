import { execFile, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import os from 'node:os';
import type { Job } from 'bullmq';

const execFileAsync = promisify(execFile);

let pythonReady = false;

function ensurePythonDeps() {
  if (pythonReady) return;
  spawnSync('pip', ['install', '-r', path.join(__dirname, '../../tools/requirements.txt')], { stdio: 'inherit' });
  pythonReady = true;
}

export async function makeThumbnail(job: Job<{ input: string }>) {
  const out = path.join(os.tmpdir(), `${job.id}.jpg`);
  await execFileAsync('ffmpeg', ['-y', '-i', job.data.input, '-vf', 'thumbnail,scale=320:-1', '-frames:v', '1', out]);
  return out;
}

export async function detectFaces(job: Job<{ image: string }>) {
  ensurePythonDeps();
  const { stdout } = await execFileAsync('python3', [path.join(__dirname, '../../tools/faces.py'), job.data.image]);
  return JSON.parse(stdout);
}

export function renderPreview(job: Job<{ doc: string }>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'render-preview.js'), job.data.doc], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`render exited ${code}`))));
  });
}
