import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { pool } from '~/db.server';
import { getSession } from '~/sessions.server';

const orderCache = new Map<string, unknown>();

export async function loader({ params }: LoaderFunctionArgs) {
  const [rows] = await pool.query('SELECT * FROM orders WHERE id = ?', [params.id]);
  orderCache.set(String(params.id), rows);
  return json({ order: rows });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  const form = await request.formData();
  await pool.query('UPDATE orders SET status = ? WHERE id = ?', [form.get('status'), params.id]);
  return json({ ok: true, by: session.get('userId') });
}

export default function Order() {
  const { order } = useLoaderData<typeof loader>();
  return <pre>{JSON.stringify(order, null, 2)}</pre>;
}
