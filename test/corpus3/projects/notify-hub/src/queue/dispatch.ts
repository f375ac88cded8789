import { transport } from '../mail/transport';
import { sendSms } from '../sms/twilio';
import { sendTemplated } from '../mail/sendgrid';
import { render } from '../templates/render';

export type Notification =
  | { channel: 'email'; to: string; template: string; data: Record<string, unknown>; locale?: string }
  | { channel: 'sms'; to: string; text: string }
  | { channel: 'sendgrid'; to: string; templateId: string; data: Record<string, unknown> };

export async function dispatch(n: Notification) {
  switch (n.channel) {
    case 'email': {
      const { subject, html } = render(n.template, n.data, n.locale);
      return transport.sendMail({ to: n.to, subject, html });
    }
    case 'sms':
      return sendSms(n.to, n.text);
    case 'sendgrid':
      return sendTemplated({ to: n.to, templateId: n.templateId, data: n.data });
    default:
      throw new Error('unknown channel');
  }
}

export function summarizeProjects(rows: Array<{ ownerId: number; status: string }>) {
  const totals: Record<string, number> = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.ownerId;
    grand += row.ownerId;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

export function diffCommentFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function paginateOrders<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function sortProjectsByTitle(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['title'];
    const right = b['title'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function groupTicketsByTags<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['tags'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function sortBookingsByPriority(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['priority'];
    const right = b['priority'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function subscriptionAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function slugifyTeam(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 500);
}

export async function retryProductOperation<T>(fn: () => Promise<T>, attempts = 20, baseDelayMs = 500): Promise<T> {
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

export interface BookingRecord {
  id: string;
  priority: string;
  status: 'queued' | 'draft' | 'archived';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isBookingRecord(value: unknown): value is BookingRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.priority === 'string' && typeof v.status === 'string';
}

export function parseArticleQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(250, Math.max(1, Number.parseInt(query.perPage ?? '50', 10) || 50));
  const sort = query.sort === 'ownerId' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function slugifyDevice(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 500);
}

export function validateTeamInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.updatedAt !== 'string' && typeof input.updatedAt !== 'number') {
    errors.push('updatedAt is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 5000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function debounceArticle<A extends unknown[]>(fn: (...args: A) => void, waitMs = 100): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function debounceTeam<A extends unknown[]>(fn: (...args: A) => void, waitMs = 100): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function debounceCategory<A extends unknown[]>(fn: (...args: A) => void, waitMs = 200): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function formatTeamLabel(item: { id: string; notes?: string | number }): string {
  const base = String(item.notes ?? '').trim();
  if (!base) {
    return `Team #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function debounceShipment<A extends unknown[]>(fn: (...args: A) => void, waitMs = 200): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function formatReviewLabel(item: { id: string; ownerId?: string | number }): string {
  const base = String(item.ownerId ?? '').trim();
  if (!base) {
    return `Review #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export class TicketIndex {
  private readonly byId = new Map<string, { id: string; score: unknown }>();

  constructor(items: Array<{ id: string; score: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; score: unknown }) {
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

export async function retryWarehouseOperation<T>(fn: () => Promise<T>, attempts = 25, baseDelayMs = 250): Promise<T> {
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

export function formatProjectLabel(item: { id: string; label?: string | number }): string {
  const base = String(item.label ?? '').trim();
  if (!base) {
    return `Project #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function parseUserQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(100, Math.max(1, Number.parseInt(query.perPage ?? '50', 10) || 50));
  const sort = query.sort === 'dueDate' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function chunkProjects<T>(items: T[], size = 20): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function commentAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function formatBookingLabel(item: { id: string; createdAt?: string | number }): string {
  const base = String(item.createdAt ?? '').trim();
  if (!base) {
    return `Booking #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function sortSubscriptionsByOwnerId(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['ownerId'];
    const right = b['ownerId'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function debounceDevice<A extends unknown[]>(fn: (...args: A) => void, waitMs = 100): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function parseOrderQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(500, Math.max(1, Number.parseInt(query.perPage ?? '10', 10) || 10));
  const sort = query.sort === 'name' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function validateTicketInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.label !== 'string' && typeof input.label !== 'number') {
    errors.push('label is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}
