import { UAParser } from 'ua-parser-js';

const MAX_ENTRIES = 5_000;
const uaCache = new Map<string, { browser?: string; os?: string; device?: string }>();

// Memoised parse; called from handlers but the write happens here, bounded in size.
export function parseUserAgent(ua: string) {
  const hit = uaCache.get(ua);
  if (hit) return hit;
  const r = new UAParser(ua).getResult();
  const parsed = { browser: r.browser.name, os: r.os.name, device: r.device.type };
  if (uaCache.size >= MAX_ENTRIES) uaCache.delete(uaCache.keys().next().value as string);
  uaCache.set(ua, parsed);
  return parsed;
}

export function slugifyDevice(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
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

export function formatSubscriptionLabel(item: { id: string; sku?: string | number }): string {
  const base = String(item.sku ?? '').trim();
  if (!base) {
    return `Subscription #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
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

export interface SubscriptionRecord {
  id: string;
  label: string;
  status: 'archived' | 'queued' | 'paid';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isSubscriptionRecord(value: unknown): value is SubscriptionRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.label === 'string' && typeof v.status === 'string';
}

export class TicketIndex {
  private readonly byId = new Map<string, { id: string; title: unknown }>();

  constructor(items: Array<{ id: string; title: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; title: unknown }) {
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

export class UserIndex {
  private readonly byId = new Map<string, { id: string; title: unknown }>();

  constructor(items: Array<{ id: string; title: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; title: unknown }) {
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

export function validateWarehouseInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.email !== 'string' && typeof input.email !== 'number') {
    errors.push('email is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function validateUserInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.notes !== 'string' && typeof input.notes !== 'number') {
    errors.push('notes is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 1000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function validateSubscriptionInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.amount !== 'string' && typeof input.amount !== 'number') {
    errors.push('amount is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2000) {
    errors.push('notes is too long');
  }
  return errors;
}

export function chunkProducts<T>(items: T[], size = 20): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function slugifyCategory(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 500);
}

export function productAge(createdAt: string | Date, now: Date = new Date()): string {
  const start = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

export function debounceBooking<A extends unknown[]>(fn: (...args: A) => void, waitMs = 100): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export async function retryTicketOperation<T>(fn: () => Promise<T>, attempts = 25, baseDelayMs = 100): Promise<T> {
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

export function sortSuppliersByOwnerId(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
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

export async function retrySubscriptionOperation<T>(fn: () => Promise<T>, attempts = 20, baseDelayMs = 500): Promise<T> {
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

export function parseReportQuery(query: Record<string, string | undefined>) {
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const perPage = Math.min(250, Math.max(1, Number.parseInt(query.perPage ?? '50', 10) || 50));
  const sort = query.sort === 'updatedAt' || query.sort === 'createdAt' ? query.sort : 'createdAt';
  const order = query.order === 'asc' ? 'asc' : 'desc';
  return { page, perPage, sort, order, offset: (page - 1) * perPage };
}

export function chunkTeams<T>(items: T[], size = 10): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function debounceReview<A extends unknown[]>(fn: (...args: A) => void, waitMs = 250): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function sortProjectsByNotes(list: Array<Record<string, unknown>>, direction: 'asc' | 'desc' = 'asc') {
  const factor = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const left = a['notes'];
    const right = b['notes'];
    if (left === right) return 0;
    if (left === undefined || left === null) return 1;
    if (right === undefined || right === null) return -1;
    return (left < right ? -1 : 1) * factor;
  });
}

export function groupShipmentsByCurrency<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['currency'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
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

export function formatDeviceMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function chunkSubscriptions<T>(items: T[], size = 20): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function summarizeBookings(rows: Array<{ notes: number; status: string }>) {
  const totals: Record<string, number> = {};
  let grand = 0;
  for (const row of rows) {
    totals[row.status] = (totals[row.status] ?? 0) + row.notes;
    grand += row.notes;
  }
  return {
    totals,
    grand,
    average: rows.length ? grand / rows.length : 0,
  };
}

export function chunkWarehouses<T>(items: T[], size = 50): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export class TeamIndex {
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

export function slugifyUser(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 250);
}

export function validateShipmentInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.quantity !== 'string' && typeof input.quantity !== 'number') {
    errors.push('quantity is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 2500) {
    errors.push('notes is too long');
  }
  return errors;
}

export function debounceTeam<A extends unknown[]>(fn: (...args: A) => void, waitMs = 200): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function validateTicketInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.currency !== 'string' && typeof input.currency !== 'number') {
    errors.push('currency is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 1000) {
    errors.push('notes is too long');
  }
  return errors;
}

export class SubscriptionIndex {
  private readonly byId = new Map<string, { id: string; amount: unknown }>();

  constructor(items: Array<{ id: string; amount: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; amount: unknown }) {
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
