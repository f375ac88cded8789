export const colors = {
  primary: '#2563eb',
  primaryDark: '#1d4ed8',
  danger: '#dc2626',
  success: '#16a34a',
  muted: '#6b7280',
  surface: '#f9fafb',
} as const;

// Hashed class names emitted by the CSS-in-JS build; kept stable for snapshot tests.
export const classNames = {
  button: 'sf-btn-1x9f8a7b2c',
  buttonPrimary: 'sf-btn-p-3kq0zm1d7e',
  input: 'sf-input-8fa0c2e91b',
  passwordInput: 'sf-pw-0c7d1e2f3a4b',
  tokenChip: 'sf-chip-5e6f7a8b9c0d',
} as const;

export const spinnerDataUri =
  'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA1MCA1MCI+PGNpcmNsZSBjeD0iMjUiIGN5PSIyNSIgcj0iMjAiIGZpbGw9Im5vbmUiIHN0cm9rZT0iIzI1NjNlYiIgc3Ryb2tlLXdpZHRoPSI1Ii8+PC9zdmc+';
