import Handlebars from 'handlebars';
import { messages } from './messages';

const compiled = new Map<string, Handlebars.TemplateDelegate>();

// Templates are compiled once at module load.
for (const [name, source] of Object.entries({
  welcome: '<h1>{{t.welcome}}</h1><p>{{name}}</p>',
  'password-reset': '<p>{{t.passwordResetIntro}}</p><a href="{{link}}">{{t.resetPassword}}</a>',
  'token-expiring': '<p>{{t.tokenExpiring}}</p>',
})) {
  compiled.set(name, Handlebars.compile(source));
}

export function render(name: string, data: Record<string, unknown>, locale = 'en') {
  const tpl = compiled.get(name);
  if (!tpl) throw new Error(`unknown template ${name}`);
  const t = messages[locale as keyof typeof messages] ?? messages.en;
  return { subject: t.subjects[name as keyof typeof t.subjects] ?? 'Notification', html: tpl({ ...data, t }) };
}
