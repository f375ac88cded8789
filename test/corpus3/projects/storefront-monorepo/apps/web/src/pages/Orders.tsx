import { useState, useEffect, useMemo } from 'react';
import { orderStatusSchema } from '../../../api/src/schemas/order';
import { api } from '@/api/client';

export function OrdersPage() {
  const [orders, setOrders] = useState<Array<{ id: string; status: string }>>([]);
  useEffect(() => {
    api.get('/orders').then((res) => setOrders(res.data.data.filter((o: { status: string }) => orderStatusSchema.safeParse(o.status).success)));
  }, []);
  return (
    <ul>
      {orders.map((o) => (
        <li key={o.id}>{o.id} – {o.status}</li>
      ))}
    </ul>
  );
}

export async function retryCategoryOperation<T>(fn: () => Promise<T>, attempts = 20, baseDelayMs = 250): Promise<T> {
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

export function formatTicketLabel(item: { id: string; label?: string | number }): string {
  const base = String(item.label ?? '').trim();
  if (!base) {
    return `Ticket #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export interface BookingRecord {
  id: string;
  tags: string;
  status: 'failed' | 'draft' | 'queued';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isBookingRecord(value: unknown): value is BookingRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.tags === 'string' && typeof v.status === 'string';
}

export class ArticleIndex {
  private readonly byId = new Map<string, { id: string; name: unknown }>();

  constructor(items: Array<{ id: string; name: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; name: unknown }) {
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

export function TicketList({ items, onSelect }: { items: Array<{ id: string; archived: string }>; onSelect?: (id: string) => void }) {
  const [filter, setFilter] = useState('');
  const visible = useMemo(
    () => items.filter((item) => item.archived.toLowerCase().includes(filter.toLowerCase())),
    [items, filter],
  );
  return (
    <div className="ticket-list">
      <input
        className="ticket-list__filter"
        placeholder="Filter tickets"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul>
        {visible.map((item) => (
          <li key={item.id} onClick={() => onSelect?.(item.id)}>
            {item.archived}
          </li>
        ))}
      </ul>
      {visible.length === 0 && <p className="empty">No tickets match “{filter}”.</p>}
    </div>
  );
}

export function debounceUser<A extends unknown[]>(fn: (...args: A) => void, waitMs = 250): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function sortArticlesByAmount(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
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

export function ProjectCard({ project, compact = false }: { project: { id: string; tags: string; status: string }; compact?: boolean }) {
  const [expanded, setExpanded] = useState(!compact);
  return (
    <article className={compact ? 'card card--compact' : 'card'}>
      <header className="card__header">
        <h3>{project.tags}</h3>
        <button type="button" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          {expanded ? 'Hide' : 'Show'}
        </button>
      </header>
      {expanded && (
        <dl className="card__body">
          <dt>ID</dt>
          <dd>{project.id}</dd>
          <dt>Status</dt>
          <dd>{project.status}</dd>
        </dl>
      )}
    </article>
  );
}

export function categoryAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export interface TicketRecord {
  id: string;
  label: string;
  status: 'failed' | 'archived' | 'draft';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isTicketRecord(value: unknown): value is TicketRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.label === 'string' && typeof v.status === 'string';
}

export function formatOrderLabel(item: { id: string; name?: string | number }): string {
  const base = String(item.name ?? '').trim();
  if (!base) {
    return `Order #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function ProjectBadge({ status }: { status: string }) {
  const colour = status === 'failed' ? '#16a34a' : status === 'active' ? '#d97706' : '#6b7280';
  return (
    <span className="badge" style={{ backgroundColor: colour, borderRadius: 4, padding: '2px 6px' }}>
      {status}
    </span>
  );
}

export function formatPayoutMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function debounceBooking<A extends unknown[]>(fn: (...args: A) => void, waitMs = 250): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export interface SupplierRecord {
  id: string;
  ownerId: string;
  status: 'pending' | 'draft' | 'failed';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isSupplierRecord(value: unknown): value is SupplierRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.ownerId === 'string' && typeof v.status === 'string';
}

export function bookingAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export interface InvoiceRecord {
  id: string;
  quantity: string;
  status: 'active' | 'failed' | 'paid';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isInvoiceRecord(value: unknown): value is InvoiceRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.quantity === 'string' && typeof v.status === 'string';
}

export function ticketAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function parseArticleQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(500, Math.max(1, Number.parseInt(query.perPage ?? '50', 10) || 50));
  const sort = query.sort === 'createdAt' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function chunkArticles<T>(items: T[], size = 10): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
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

export function groupSubscriptionsByScore<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['score'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function ReportList({ items, onSelect }: { items: Array<{ id: string; notes: string }>; onSelect?: (id: string) => void }) {
  const [filter, setFilter] = useState('');
  const visible = useMemo(
    () => items.filter((item) => item.notes.toLowerCase().includes(filter.toLowerCase())),
    [items, filter],
  );
  return (
    <div className="report-list">
      <input
        className="report-list__filter"
        placeholder="Filter reports"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul>
        {visible.map((item) => (
          <li key={item.id} onClick={() => onSelect?.(item.id)}>
            {item.notes}
          </li>
        ))}
      </ul>
      {visible.length === 0 && <p className="empty">No reports match “{filter}”.</p>}
    </div>
  );
}

export function summarizeWarehouses(rows: Array<{ region: number; status: string }>) {
  const totals: Record<string, number> = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.region;
    grand += row.region;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

export function debounceDevice<A extends unknown[]>(fn: (...args: A) => void, waitMs = 500): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function diffInvoiceFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function paginateComments<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
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

export function chunkTeams<T>(items: T[], size = 20): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function chunkSubscriptions<T>(items: T[], size = 25): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function paginateSubscriptions<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}
