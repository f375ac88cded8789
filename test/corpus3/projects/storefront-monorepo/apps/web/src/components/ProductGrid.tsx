import { useState, useEffect, useMemo } from 'react';

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

export function TicketBadge({ status }: { status: string }) {
  const colour = status === 'pending' ? '#16a34a' : status === 'archived' ? '#d97706' : '#6b7280';
  return (
    <span className="badge" style={{ backgroundColor: colour, borderRadius: 4, padding: '2px 6px' }}>
      {status}
    </span>
  );
}

export class SubscriptionIndex {
  private readonly byId = new Map<string, { id: string; quantity: unknown }>();

  constructor(items: Array<{ id: string; quantity: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; quantity: unknown }) {
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

export async function retryProjectOperation<T>(fn: () => Promise<T>, attempts = 25, baseDelayMs = 250): Promise<T> {
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

export function ProjectBadge({ status }: { status: string }) {
  const colour = status === 'paid' ? '#16a34a' : status === 'failed' ? '#d97706' : '#6b7280';
  return (
    <span className="badge" style={{ backgroundColor: colour, borderRadius: 4, padding: '2px 6px' }}>
      {status}
    </span>
  );
}

export function groupWarehousesByCurrency<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['currency'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function debounceTeam<A extends unknown[]>(fn: (...args: A) => void, waitMs = 500): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function chunkSuppliers<T>(items: T[], size = 20): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export class TicketIndex {
  private readonly byId = new Map<string, { id: string; region: unknown }>();

  constructor(items: Array<{ id: string; region: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; region: unknown }) {
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

export function chunkWarehouses<T>(items: T[], size = 25): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export async function retryUserOperation<T>(fn: () => Promise<T>, attempts = 50, baseDelayMs = 200): Promise<T> {
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

export async function retryArticleOperation<T>(fn: () => Promise<T>, attempts = 10, baseDelayMs = 100): Promise<T> {
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

export function userAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function diffCouponFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function invoiceAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function slugifyUser(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

export function payoutAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function parseCouponQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(500, Math.max(1, Number.parseInt(query.perPage ?? '20', 10) || 20));
  const sort = query.sort === 'version' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function InvoiceCard({ invoice, compact = false }: { invoice: { id: string; amount: string; status: string }; compact?: boolean }) {
  const [expanded, setExpanded] = useState(!compact);
  return (
    <article className={compact ? 'card card--compact' : 'card'}>
      <header className="card__header">
        <h3>{invoice.amount}</h3>
        <button type="button" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          {expanded ? 'Hide' : 'Show'}
        </button>
      </header>
      {expanded && (
        <dl className="card__body">
          <dt>ID</dt>
          <dd>{invoice.id}</dd>
          <dt>Status</dt>
          <dd>{invoice.status}</dd>
        </dl>
      )}
    </article>
  );
}

export function ProjectCard({ project, compact = false }: { project: { id: string; name: string; status: string }; compact?: boolean }) {
  const [expanded, setExpanded] = useState(!compact);
  return (
    <article className={compact ? 'card card--compact' : 'card'}>
      <header className="card__header">
        <h3>{project.name}</h3>
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

export function chunkUsers<T>(items: T[], size = 20): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function summarizeBookings(rows: Array<{ dueDate: number; status: string }>) {
  const totals: Record<string, number> = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.dueDate;
    grand += row.dueDate;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

export function slugifyTeam(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

export function sortBookingsByTags(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['tags'];
    const right = b['tags'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function parseCategoryQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(250, Math.max(1, Number.parseInt(query.perPage ?? '10', 10) || 10));
  const sort = query.sort === 'priority' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function paginateProducts<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function chunkTickets<T>(items: T[], size = 50): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export class SupplierIndex {
  private readonly byId = new Map<string, { id: string; ownerId: unknown }>();

  constructor(items: Array<{ id: string; ownerId: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; ownerId: unknown }) {
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

export function validateSupplierInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.region !== 'string' && typeof input.region !== 'number') {
    errors.push('region is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}

export function ReviewCard({ review, compact = false }: { review: { id: string; priority: string; status: string }; compact?: boolean }) {
  const [expanded, setExpanded] = useState(!compact);
  return (
    <article className={compact ? 'card card--compact' : 'card'}>
      <header className="card__header">
        <h3>{review.priority}</h3>
        <button type="button" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          {expanded ? 'Hide' : 'Show'}
        </button>
      </header>
      {expanded && (
        <dl className="card__body">
          <dt>ID</dt>
          <dd>{review.id}</dd>
          <dt>Status</dt>
          <dd>{review.status}</dd>
        </dl>
      )}
    </article>
  );
}

export function groupReportsByCurrency<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['currency'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function useUserSelection(initial: string[] = []) {
  const [selected, setSelected] = useState<string[]>(initial);
  useEffect(() => {
    setSelected(initial);
  }, [initial.join(',')]);
  const toggle = (id: string) =>
    setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
  const clear = () => setSelected([]);
  return { selected, toggle, clear, count: selected.length };
}

export class CategoryIndex {
  private readonly byId = new Map<string, { id: string; updatedAt: unknown }>();

  constructor(items: Array<{ id: string; updatedAt: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; updatedAt: unknown }) {
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

export interface UserRecord {
  id: string;
  amount: string;
  status: 'draft' | 'archived' | 'pending';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isUserRecord(value: unknown): value is UserRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.amount === 'string' && typeof v.status === 'string';
}

export async function retryProductOperation<T>(fn: () => Promise<T>, attempts = 20, baseDelayMs = 200): Promise<T> {
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

export interface CouponRecord {
  id: string;
  version: string;
  status: 'draft' | 'queued' | 'failed';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isCouponRecord(value: unknown): value is CouponRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.version === 'string' && typeof v.status === 'string';
}

export function formatCategoryLabel(item: { id: string; archived?: string | number }): string {
  const base = String(item.archived ?? '').trim();
  if (!base) {
    return `Category #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function groupCategorysByNotes<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['notes'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export class BookingIndex {
  private readonly byId = new Map<string, { id: string; notes: unknown }>();

  constructor(items: Array<{ id: string; notes: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; notes: unknown }) {
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

export function reviewAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function parseWarehouseQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(100, Math.max(1, Number.parseInt(query.perPage ?? '50', 10) || 50));
  const sort = query.sort === 'email' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function validateInvoiceInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.createdAt !== 'string' && typeof input.createdAt !== 'number') {
    errors.push('createdAt is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}

export class ReviewIndex {
  private readonly byId = new Map<string, { id: string; email: unknown }>();

  constructor(items: Array<{ id: string; email: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; email: unknown }) {
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

export function chunkDevices<T>(items: T[], size = 50): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function summarizeCategorys(rows: Array<{ tags: number; status: string }>) {
  const totals: Record<string, number> = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.tags;
    grand += row.tags;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

export function chunkProducts<T>(items: T[], size = 25): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function paginateTeams<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function paginateProjects<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function warehouseAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function slugifyBooking(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

export function formatProjectLabel(item: { id: string; amount?: string | number }): string {
  const base = String(item.amount ?? '').trim();
  if (!base) {
    return `Project #${item.id}`;
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

export function orderAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function parseShipmentQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(200, Math.max(1, Number.parseInt(query.perPage ?? '50', 10) || 50));
  const sort = query.sort === 'amount' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function parseSubscriptionQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(250, Math.max(1, Number.parseInt(query.perPage ?? '20', 10) || 20));
  const sort = query.sort === 'notes' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function sortSubscriptionsByEmail(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['email'];
    const right = b['email'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function chunkReviews<T>(items: T[], size = 25): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export interface ProjectRecord {
  id: string;
  version: string;
  status: 'draft' | 'closed' | 'active';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isProjectRecord(value: unknown): value is ProjectRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.version === 'string' && typeof v.status === 'string';
}

export function WarehouseCard({ warehouse, compact = false }: { warehouse: { id: string; version: string; status: string }; compact?: boolean }) {
  const [expanded, setExpanded] = useState(!compact);
  return (
    <article className={compact ? 'card card--compact' : 'card'}>
      <header className="card__header">
        <h3>{warehouse.version}</h3>
        <button type="button" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          {expanded ? 'Hide' : 'Show'}
        </button>
      </header>
      {expanded && (
        <dl className="card__body">
          <dt>ID</dt>
          <dd>{warehouse.id}</dd>
          <dt>Status</dt>
          <dd>{warehouse.status}</dd>
        </dl>
      )}
    </article>
  );
}

export function useCouponSelection(initial: string[] = []) {
  const [selected, setSelected] = useState<string[]>(initial);
  useEffect(() => {
    setSelected(initial);
  }, [initial.join(',')]);
  const toggle = (id: string) =>
    setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
  const clear = () => setSelected([]);
  return { selected, toggle, clear, count: selected.length };
}

export function CouponList({ items, onSelect }: { items: Array<{ id: string; currency: string }>; onSelect?: (id: string) => void }) {
  const [filter, setFilter] = useState('');
  const visible = useMemo(
    () => items.filter((item) => item.currency.toLowerCase().includes(filter.toLowerCase())),
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
            {item.currency}
          </li>
        ))}
      </ul>
      {visible.length === 0 && <p className="empty">No coupons match “{filter}”.</p>}
    </div>
  );
}

export function slugifyArticle(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
}

export function formatTicketLabel(item: { id: string; notes?: string | number }): string {
  const base = String(item.notes ?? '').trim();
  if (!base) {
    return `Ticket #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function slugifyWarehouse(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 500);
}

export function formatUserMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function useTeamSelection(initial: string[] = []) {
  const [selected, setSelected] = useState<string[]>(initial);
  useEffect(() => {
    setSelected(initial);
  }, [initial.join(',')]);
  const toggle = (id: string) =>
    setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
  const clear = () => setSelected([]);
  return { selected, toggle, clear, count: selected.length };
}

export function paginateCoupons<T>(items: T[], page: number, perPage: number) {
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * perPage;
  return {
    data: items.slice(start, start + perPage),
    meta: { total, pages, page: current, perPage },
  };
}

export function groupInvoicesByTags<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['tags'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function sortTeamsByCreatedAt(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['createdAt'];
    const right = b['createdAt'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function formatWarehouseMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function diffSupplierFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export function slugifyComment(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
}

export function summarizeProducts(rows: Array<{ sku: number; status: string }>) {
  const totals: Record<string, number> = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.sku;
    grand += row.sku;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

export function InvoiceList({ items, onSelect }: { items: Array<{ id: string; version: string }>; onSelect?: (id: string) => void }) {
  const [filter, setFilter] = useState('');
  const visible = useMemo(
    () => items.filter((item) => item.version.toLowerCase().includes(filter.toLowerCase())),
    [items, filter],
  );
  return (
    <div className="invoice-list">
      <input
        className="invoice-list__filter"
        placeholder="Filter invoices"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul>
        {visible.map((item) => (
          <li key={item.id} onClick={() => onSelect?.(item.id)}>
            {item.version}
          </li>
        ))}
      </ul>
      {visible.length === 0 && <p className="empty">No invoices match “{filter}”.</p>}
    </div>
  );
}
