// One decision per value: is this string a secret, and what kind? The same function serves
// script literals, YAML scalars and JSON strings, so every file kind is judged alike.
import type { Severity } from '../types';
import { maskSecret } from '../analysis/mask';
import { findProviderToken, isFakeTokenBody } from './providers';
import { isPlaceholder } from './placeholders';
import { findEmbeddedCredential } from './urlCredentials';
import { authSchemeCredential, isCredentialLike } from './credentialShape';
import { secretKindLabel, secretName, type SecretNameKind } from './secretNames';

export type SecretDetection =
  | {
      type: 'provider';
      /** 'GitHub token', 'Stripe live secret key'. */
      kind: string;
      envName: string;
      envPrefix: string;
      maxSeverity: Severity | undefined;
      /** The token itself (never shown). */
      secret: string;
      /** Where the token sits inside the value. */
      start: number;
      end: number;
    }
  | { type: 'embedded'; kind: string; masked: string; secret: string; scheme: string | undefined; partialEnvName: string | undefined }
  | { type: 'authScheme'; kind: string; scheme: string; secret: string }
  | {
      type: 'named';
      kind: string;
      nameKind: SecretNameKind;
      secret: string;
      /** Stripe test-mode keys: real keys to a test account, not production secrets. */
      maxSeverity?: Severity;
    };

export interface DetectOptions {
  /** The name the value is assigned to (variable, property, key, header…), if any. */
  targetName?: string | undefined;
  /** Skip the name-based (generic) check: i18n files, enum members. */
  providerOnly?: boolean;
}

/**
 * Detects a secret in one string value: (a) a provider-format token anywhere in it, (c) a
 * URL / connection string with an embedded password, an `Authorization`-style value with a
 * real token, or (b) a credential-looking value assigned to a secret-named target.
 */
export function detectSecret(value: string, options: DetectOptions = {}): SecretDetection | undefined {
  const provider = findProviderToken(value);
  if (provider) {
    const { format } = provider;
    return { type: 'provider', kind: format.kind, envName: format.envName, envPrefix: format.envPrefix, maxSeverity: format.maxSeverity, secret: provider.token, start: provider.start, end: provider.end };
  }
  if (options.providerOnly) return undefined;
  const embedded = findEmbeddedCredential(value);
  if (embedded) return { type: 'embedded', kind: embedded.kind, masked: embedded.masked, secret: embedded.secret, scheme: embedded.scheme, partialEnvName: embedded.partialEnvName };
  const name = options.targetName !== undefined ? secretName(options.targetName) : undefined;
  const auth = authSchemeCredential(value, name === undefined);
  if (auth) return { type: 'authScheme', kind: `${auth.scheme} credential`, scheme: auth.scheme, secret: auth.credential };
  if (!name) return undefined;
  // `sk_test_…` is not one of the catalog's provider formats (only live keys are): it is
  // reported like any credential on a secret-named target, and at most as a warning.
  const stripeTestKey = /^(?:sk|rk)_test_([A-Za-z0-9]{16,})$/.exec(value.trim());
  if (stripeTestKey) return isFakeTokenBody(stripeTestKey[1]!) || isPlaceholder(value) ? undefined : { type: 'named', kind: 'Stripe test-mode key', nameKind: name.kind, secret: value, maxSeverity: 'warning' };
  if (isCredentialLike(value, name.kind, name.words)) return { type: 'named', kind: secretKindLabel(name.kind), nameKind: name.kind, secret: value };
  return undefined;
}

/** The masked form of what was found, safe for messages and titles. */
export function maskedDetection(detection: SecretDetection): string {
  return detection.type === 'embedded' ? detection.masked : maskSecret(detection.secret);
}
