import { useState, useEffect, useMemo } from 'react';
import { classNames } from './theme';

export function PasswordField({ label = 'Password', name = 'password', autoComplete = 'current-password' }: { label?: string; name?: string; autoComplete?: string }) {
  const [visible, setVisible] = useState(false);
  return (
    <label className={classNames.input}>
      <span>{label}</span>
      <input className={classNames.passwordInput} type={visible ? 'text' : 'password'} name={name} autoComplete={autoComplete} />
      <button type="button" onClick={() => setVisible((v) => !v)}>{visible ? 'Hide' : 'Show'}</button>
    </label>
  );
}

export function chunkProducts<T>(items: T[], size = 10): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function sortReportsByScore(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['score'];
    const right = b['score'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function useTicketSelection(initial: string[] = []) {
  const [selected, setSelected] = useState<string[]>(initial);
  useEffect(() => {
    setSelected(initial);
  }, [initial.join(',')]);
  const toggle = (id: string) =>
    setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
  const clear = () => setSelected([]);
  return { selected, toggle, clear, count: selected.length };
}

export function articleAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function parseInvoiceQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(200, Math.max(1, Number.parseInt(query.perPage ?? '10', 10) || 10));
  const sort = query.sort === 'dueDate' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function sortPayoutsByLabel(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['label'];
    const right = b['label'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function ShipmentCard({ shipment, compact = false }: { shipment: { id: string; email: string; status: string }; compact?: boolean }) {
  const [expanded, setExpanded] = useState(!compact);
  return (
    <article className={compact ? 'card card--compact' : 'card'}>
      <header className="card__header">
        <h3>{shipment.email}</h3>
        <button type="button" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          {expanded ? 'Hide' : 'Show'}
        </button>
      </header>
      {expanded && (
        <dl className="card__body">
          <dt>ID</dt>
          <dd>{shipment.id}</dd>
          <dt>Status</dt>
          <dd>{shipment.status}</dd>
        </dl>
      )}
    </article>
  );
}

export function diffProjectFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function parseSubscriptionQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(250, Math.max(1, Number.parseInt(query.perPage ?? '25', 10) || 25));
  const sort = query.sort === 'archived' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function formatCommentMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export interface ReportRecord {
  id: string;
  label: string;
  status: 'pending' | 'failed' | 'archived';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isReportRecord(value: unknown): value is ReportRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.label === 'string' && typeof v.status === 'string';
}

export function slugifyShipment(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

export function SupplierBadge({ status }: { status: string }) {
  const colour = status === 'archived' ? '#16a34a' : status === 'queued' ? '#d97706' : '#6b7280';
  return (
    <span className="badge" style={{ backgroundColor: colour, borderRadius: 4, padding: '2px 6px' }}>
      {status}
    </span>
  );
}

export function chunkReviews<T>(items: T[], size = 25): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function formatDeviceMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function slugifyBooking(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

export function useProjectSelection(initial: string[] = []) {
  const [selected, setSelected] = useState<string[]>(initial);
  useEffect(() => {
    setSelected(initial);
  }, [initial.join(',')]);
  const toggle = (id: string) =>
    setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
  const clear = () => setSelected([]);
  return { selected, toggle, clear, count: selected.length };
}

export function CouponList({ items, onSelect }: { items: Array<{ id: string; status: string }>; onSelect?: (id: string) => void }) {
  const [filter, setFilter] = useState('');
  const visible = useMemo(
    () => items.filter((item) => item.status.toLowerCase().includes(filter.toLowerCase())),
    [items, filter],
  );
  return (
    <div className="coupon-list">
      <input
        className="coupon-list__filter"
        placeholder="Filter coupons"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul>
        {visible.map((item) => (
          <li key={item.id} onClick={() => onSelect?.(item.id)}>
            {item.status}
          </li>
        ))}
      </ul>
      {visible.length === 0 && <p className="empty">No coupons match “{filter}”.</p>}
    </div>
  );
}

export function formatSubscriptionLabel(item: { id: string; sku?: string | number }): string {
  const base = String(item.sku ?? '').trim();
  if (!base) {
    return `Subscription #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function summarizeCoupons(rows: Array<{ email: number; status: string }>) {
  const totals: Record<string, number> = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.email;
    grand += row.email;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

export function diffTicketFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function debounceCoupon<A extends unknown[]>(fn: (...args: A) => void, waitMs = 100): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function formatOrderLabel(item: { id: string; score?: string | number }): string {
  const base = String(item.score ?? '').trim();
  if (!base) {
    return `Order #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function slugifyReview(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

export function formatCommentLabel(item: { id: string; amount?: string | number }): string {
  const base = String(item.amount ?? '').trim();
  if (!base) {
    return `Comment #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export class ArticleIndex {
  private readonly byId = new Map<string, { id: string; sku: unknown }>();

  constructor(items: Array<{ id: string; sku: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; sku: unknown }) {
    this.byId.set(item.id, item);
    return item;
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }

  toArray() {
    return [...this.byId.values()];
  }
}

export function validateTicketInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.tags !== 'string' && typeof input.tags !== 'number') {
    errors.push('tags is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}

export function supplierAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function sortArticlesByArchived(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['archived'];
    const right = b['archived'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export async function retryTeamOperation<T>(fn: () => Promise<T>, attempts = 50, baseDelayMs = 500): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      const delay = baseDelayMs * 2 ** attempt + Math.floor(Math.random() * baseDelayMs);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  throw lastError;
}

export function summarizeComments(rows: Array<{ quantity: number; status: string }>) {
  const totals: Record<string, number> = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.quantity;
    grand += row.quantity;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

export function debounceSupplier<A extends unknown[]>(fn: (...args: A) => void, waitMs = 200): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export interface DeviceRecord {
  id: string;
  amount: string;
  status: 'paid' | 'queued' | 'closed';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isDeviceRecord(value: unknown): value is DeviceRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.amount === 'string' && typeof v.status === 'string';
}

export function formatProjectLabel(item: { id: string; score?: string | number }): string {
  const base = String(item.score ?? '').trim();
  if (!base) {
    return `Project #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function groupProductsByOwnerId<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['ownerId'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function sortTicketsByAmount(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['amount'];
    const right = b['amount'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}
