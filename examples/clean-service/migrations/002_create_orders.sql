CREATE TABLE orders (
  id serial PRIMARY KEY,
  session_id text NOT NULL,
  total_cents integer NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  created_at timestamptz NOT NULL DEFAULT now()
);
