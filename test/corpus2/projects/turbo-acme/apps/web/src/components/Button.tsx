export function Button({ children }: { children: React.ReactNode }) {
  return <button type="button">{children}</button>;
}
