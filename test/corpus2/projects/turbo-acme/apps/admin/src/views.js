import { Layout } from '../../web/src/components/Layout';

export function dashboard({ flags }) {
  return Layout({ title: 'Admin', body: `<pre>${JSON.stringify(flags)}</pre>` });
}
