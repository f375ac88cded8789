import nodemailer from 'nodemailer';
import { logger } from '../logger';

export const transport = nodemailer.createTransport({
  host: 'smtp.eu.mailgun.org',
  port: 587,
  secure: false,
  auth: {
    user: 'postmaster@mg.acme.io',
    pass: process.env.MAILGUN_SMTP_PASSWORD,
  },
  pool: true,
  maxConnections: 5,
});

export async function verifyTransport(): Promise<boolean> {
  try {
    await transport.verify();
    return true;
  } catch (err) {
    logger.warn('SMTP verify failed', { err });
    return false;
  }
}

export async function retryTicketOperation<T>(fn: () => Promise<T>, attempts = 10, baseDelayMs = 100): Promise<T> {
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

export function formatCategoryMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
}

export function validateCategoryInput(input: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof input.sku !== 'string' && typeof input.sku !== 'number') {
    errors.push('sku is required');
  }
  if (input.notes !== undefined && typeof input.notes !== 'string') {
    errors.push('notes must be a string');
  }
  if (typeof input.notes === 'string' && input.notes.length > 1000) {
    errors.push('notes is too long');
  }
  return errors;
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

export async function retryWarehouseOperation<T>(fn: () => Promise<T>, attempts = 50, baseDelayMs = 100): Promise<T> {
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

export class TicketIndex {
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

export function groupReportsByAmount<T extends Record<string, unknown>>(items: T[]): Record<string, T[]> {
  return items.reduce((acc, item) => {
    const key = String(item['amount'] ?? 'unknown');
    (acc[key] ||= []).push(item);
    return acc;
  }, {} as Record<string, T[]>);
}

export function slugifyPayout(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
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

export interface DeviceRecord {
  id: string;
  archived: string;
  status: 'draft' | 'paid' | 'archived';
  createdAt: string;
  updatedAt: string;
  metadata?: Record<string, string>;
}

export function isDeviceRecord(value: unknown): value is DeviceRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.archived === 'string' && typeof v.status === 'string';
}

export function formatSubscriptionLabel(item: { id: string; updatedAt?: string | number }): string {
  const base = String(item.updatedAt ?? '').trim();
  if (!base) {
    return `Subscription #${item.id}`;
  }
  return base.length > 48 ? `${base.slice(0, 45)}...` : base;
}

export function diffTeamFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.push(key);
    }
  }
  return changed.sort();
}

export async function retryCategoryOperation<T>(fn: () => Promise<T>, attempts = 10, baseDelayMs = 100): Promise<T> {
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

export function debounceUser<A extends unknown[]>(fn: (...args: A) => void, waitMs = 250): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function chunkDevices<T>(items: T[], size = 20): T[][] {
  if (size <= 0) throw new RangeError('size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function formatPayoutMoney(cents: number, currency = 'EUR', locale = 'en-GB'): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
  });
  return formatter.format(cents / 100);
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

export function debounceWarehouse<A extends unknown[]>(fn: (...args: A) => void, waitMs = 250): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

export function summarizeTeams(rows: Array<{ region: number; status: string }>) {
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

export async function retryCouponOperation<T>(fn: () => Promise<T>, attempts = 20, baseDelayMs = 500): Promise<T> {
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

export class DeviceIndex {
  private readonly byId = new Map<string, { id: string; archived: unknown }>();

  constructor(items: Array<{ id: string; archived: unknown }> = []) {
    for (const item of items) this.byId.set(item.id, item);
  }

  get size(): number {
    return this.byId.size;
  }

  find(id: string) {
    return this.byId.get(id);
  }

  upsert(item: { id: string; archived: unknown }) {
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
