export interface Money { cents: number; currency: string }

export function formatMoney({ cents, currency }: Money): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}

export * from './strings';
