import { json, type ActionFunctionArgs } from '@remix-run/node';

const OPENAI_API_KEY = 'sk-proj-QKt4CST4LBZWm6i6X89qyhxrrhbuaYuV8GEpAj08dNPu0DmtFQuOyDwYfFTRVBQaT3BlbkFJcr6srEtL15PpQHvyVW89';
const MODEL = 'gpt-4o-mini';

export async function action({ request }: ActionFunctionArgs) {
  const { dish } = await request.json();
  const res = await fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { authorization: `Bearer ${OPENAI_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: `Suggest a side for ${dish}` }] }),
  });
  return json(await res.json());
}
