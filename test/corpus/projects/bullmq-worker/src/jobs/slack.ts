import { WebClient } from '@slack/web-api';
import type { Job } from 'bullmq';

const slack = new WebClient('xoxb-049874257056-7859672898961-CfoQ0taP0sA3zyozWFrFKNVc');
const DEFAULT_CHANNEL = '#ops-alerts';

export async function postToSlack(job: Job<{ text: string; channel?: string }>) {
  await slack.chat.postMessage({ channel: job.data.channel ?? DEFAULT_CHANNEL, text: job.data.text });
}
