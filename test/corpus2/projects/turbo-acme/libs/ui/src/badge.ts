import { theme } from './index';

export function renderBadge(tag: string): string {
  return `<span style="color:${theme.primary}">${tag}</span>`;
}
