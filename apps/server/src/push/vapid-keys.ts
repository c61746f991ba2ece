import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The server's VAPID identity (RFC 8292): push services accept its messages because it signs them. */
export interface VapidKeys {
  /** The uncompressed P-256 public key, base64url: what the seller app subscribes with. */
  readonly publicKey: string;
  /** The private key (the curve point's secret scalar), base64url. */
  readonly privateKey: string;
  /** Who runs the server, for the push services to reach (`mailto:` or `https:`). */
  readonly subject: string;
}

const KEYS_FILE = 'vapid-keys.json';

/** A new VAPID key pair, with node:crypto alone. */
export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const pub = publicKey.export({ format: 'jwk' });
  const priv = privateKey.export({ format: 'jwk' });
  if (!pub.x || !pub.y || !priv.d) throw new Error('node:crypto gave an EC key without its parts');
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(pub.x, 'base64url'),
    Buffer.from(pub.y, 'base64url'),
  ]);
  return { publicKey: point.toString('base64url'), privateKey: priv.d };
}

/**
 * The VAPID keys kept in `<dataDir>/vapid-keys.json` (mode 600), as the session secret is: generated on the first
 * start, read back on later ones (a new key would orphan every phone's subscription). Two processes starting at
 * once: the second fails to create the file and reads the first one's.
 */
export function storedVapidKeys(dataDir: string): { publicKey: string; privateKey: string } {
  const file = join(dataDir, KEYS_FILE);
  const read = () => JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  if (existsSync(file)) return read();
  mkdirSync(dataDir, { recursive: true });
  const keys = generateVapidKeys();
  try {
    writeFileSync(file, `${JSON.stringify(keys)}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
    return keys;
  } catch {
    return read();
  }
}
