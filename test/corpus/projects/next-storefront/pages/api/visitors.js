import useSWR from 'swr';

let visitors = 0;
const startedAt = Date.now();

export default function handler(req, res) {
  visitors += 1;
  res.status(200).json({ visitors, since: startedAt, swr: typeof useSWR });
}
