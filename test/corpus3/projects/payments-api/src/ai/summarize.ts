import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: 'sk-proj-ima9JVQcLEym-xJg3j1MWBkH0A7-IhUBzX_bUWylStFfqoNeHb_v9obnT3BlbkFJZ4AlBOpdMUm09Q6jt-b95S3AQl5itnQpZUSXydI2DXmrkkOfOIF0KKuB' });

export async function summarizeDispute(text: string) {
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Summarize this payment dispute in two sentences for a support agent.' },
      { role: 'user', content: text.slice(0, 8000) },
    ],
  });
  return res.choices[0]?.message.content ?? '';
}
