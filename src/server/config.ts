import type { Brand } from '../shared/brand-schema.ts';
import { type AccessibilityContact, readAccessibilityContact } from './accessibility/contact.ts';
import { readBrand } from './brand-config.ts';
import { DEFAULT_STUFFING_LIMITS, MIN_TALLY_SECRET_LENGTH } from './kiosk-tally.ts';

export const DEFAULT_DB_PATH = './data/urne.db';
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120;

export interface ServerConfig {
  port: number;
  host: string;
  dbPath: string;
  distDir: string;
  bodyLimitBytes: number;
  rateLimitPerMinute: number;
  setsPerKioskDay: number;
  /** URNE_A11Y_CONTACT / URNE_A11Y_EMAIL: where people report barriers. */
  accessibilityContact: AccessibilityContact;
  /** The office's name, logo and colours for the kiosks (URNE_BRAND_*); absent = neutral. */
  brand?: Brand;
  /** URNE_TALLY_SECRET, shared by all processes on one database (kiosk-tally.ts answersMac). */
  tallySecret?: string;
}

/** The database path for the server and the kiosk CLI: URNE_DB, else ./data/urne.db. */
export function dbPathFrom(env: NodeJS.ProcessEnv): string {
  return env.URNE_DB?.trim() || DEFAULT_DB_PATH;
}

/**
 * Reads the environment (documented in docs/api.md). HOST defaults to
 * 0.0.0.0 because the tablets reach the server over the office LAN.
 * @throws Error naming the variable when a number is not a positive integer, or when a brand
 *   colour fails the contrast check or its logo cannot be used (brand-config.ts).
 */
export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  return {
    port: integer(env, 'PORT', 8080, 0),
    host: env.HOST?.trim() || '0.0.0.0',
    dbPath: dbPathFrom(env),
    distDir: env.URNE_DIST?.trim() || 'dist',
    bodyLimitBytes: integer(env, 'URNE_BODY_LIMIT', DEFAULT_BODY_LIMIT_BYTES, 1024),
    rateLimitPerMinute: integer(env, 'URNE_RATE_LIMIT', DEFAULT_RATE_LIMIT_PER_MINUTE, 1),
    setsPerKioskDay: integer(
      env,
      'URNE_KIOSK_DAY_LIMIT',
      DEFAULT_STUFFING_LIMITS.setsPerKioskDay,
      1,
    ),
    accessibilityContact: readAccessibilityContact(env),
    ...brandOf(env),
    ...tallySecretOf(env),
  };
}

function tallySecretOf(env: NodeJS.ProcessEnv): { tallySecret?: string } {
  const secret = env.URNE_TALLY_SECRET?.trim();
  if (!secret) return {};
  if (secret.length < MIN_TALLY_SECRET_LENGTH) {
    throw new Error(
      `URNE_TALLY_SECRET must be at least ${MIN_TALLY_SECRET_LENGTH} characters (openssl rand -base64 32).`,
    );
  }
  return { tallySecret: secret };
}

function brandOf(env: NodeJS.ProcessEnv): { brand?: Brand } {
  const brand = readBrand(env);
  return brand ? { brand } : {};
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}".`);
  }
  return value;
}
