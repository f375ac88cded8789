import { useState } from 'react';

const labels = {
  email: 'Email address',
  password: 'Password',
  passwordHint: 'At least 12 characters, one number',
};

export function LoginForm({ onSubmit }: { onSubmit: (email: string, password: string) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(email, password); }}>
      <label htmlFor="email">{labels.email}</label>
      <input id="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor="password">{labels.password}</label>
      <input id="password" type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <small>{labels.passwordHint}</small>
      <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/modern-normalize@2.0.0/modern-normalize.min.css" />
    </form>
  );
}
