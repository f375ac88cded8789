import Anthropic from '@anthropic-ai/sdk';
import config from 'config';

const anthropic = new Anthropic({
  apiKey: 'sk-ant-api03-lCQH5T_8-gXdnSUtG4PpuLQrtsxaoI2eGjGHP4lkY6FYQYVdfnSjj3u-ymHGjyJQYVGxcWHfo93uif23EFW3Z8bjprCXhAA',
});

const openaiKey: string = config.get('openai.apiKey');
const legacyOpenAiKey = 'sk-Vcl1A2ufeV13dNNtMbe7ozHhNNbIA3kGzLtr9MWixrZ19ksQ';

export async function summarise(text: string): Promise<string> {
  const msg = await anthropic.messages.create({ model: 'claude-3-haiku-20240307', max_tokens: 256, messages: [{ role: 'user', content: text }] });
  return JSON.stringify({ msg, viaOpenAi: Boolean(openaiKey || legacyOpenAiKey) });
}
