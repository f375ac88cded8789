import { useState } from 'react';

const fields = [
  { name: 'email', type: 'email', label: 'Email' },
  { name: 'password', type: 'password', label: 'Password' },
];

const errors = { password: 'Password must contain a number', passwordRequired: 'Please enter your password' };

export function LoginForm({ onSubmit }: { onSubmit: (values: Record<string, string>) => void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(values); }}>
      {fields.map((f) => (
        <input key={f.name} name={f.name} type={f.type} aria-label={f.label} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
      ))}
      {values.password === '' && <p className="error">{errors.passwordRequired}</p>}
      <style>{`.error { color: #d93025; }`}</style>
    </form>
  );
}
