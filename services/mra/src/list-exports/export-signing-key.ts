import { createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleInit, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompactSign, exportJWK, exportPKCS8, generateKeyPair, importPKCS8, type JWK } from 'jose';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { MraConfig } from '../config';
import * as sql from './list-exports.queries';

export const EXPORT_SIGNING_ALG = 'EdDSA';

export interface SigningKey {
  kid: string;
  privateKey: Awaited<ReturnType<typeof importPKCS8>>;
  publicJwk: JWK;
}

/** The public JWK of an Ed25519 private key in PKCS#8 PEM. */
function publicJwkOf(pem: string, kid: string): JWK {
  const jwk = createPublicKey(createPrivateKey(pem)).export({ format: 'jwk' }) as JWK;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') throw new Error('MRA_EXPORT_SIGNING_KEY must be an Ed25519 key');
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, kid, alg: EXPORT_SIGNING_ALG, use: 'sig' };
}

const withdrawnMessage = (kid: string, at: Date) =>
  `The list export signing key ${kid} was withdrawn on ${at.toISOString()}: configure a new key with a new ` +
  'key id (MRA_EXPORT_SIGNING_KEY, MRA_EXPORT_SIGNING_KEY_ID) and restart';

/**
 * Our key signing the AEO list exports: `MRA_EXPORT_SIGNING_KEY` (+ `_ID`) from the configuration;
 * without one, outside production only, a key generated once and kept in the mra database (the
 * first instance to start stores it, every other one uses that). Production refuses to start without one.
 * Each key's public half is kept when it is first used (mra_export_public_keys) and stays published
 * until it is withdrawn: a rotation (a new key with a new id) leaves the exports signed before it
 * verifiable. A withdrawn key (a compromise) is never published again; an instance configured with
 * it refuses to start, and one still running with it refuses to sign.
 */
@Injectable()
export class ExportSigningKey implements OnModuleInit {
  private readonly logger = new Logger(ExportSigningKey.name);
  private key?: SigningKey;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: MraConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const key = await this.load();
    await this.remember(key);
    this.key = key;
  }

  /**
   * Keeps the key's public half among the published ones (once per key id), so that exports it signs
   * stay verifiable after the next rotation. A key id already used for another key is refused: the
   * exports signed with the earlier key would no longer verify (comparing `x` is enough: every key
   * here is Ed25519, `publicJwkOf`). A withdrawn key id is refused: its row stays, so it is never
   * inserted (published) again.
   */
  private async remember(key: SigningKey): Promise<void> {
    await runSql(sql.rememberPublicKey, { kid: key.kid, publicJwk: key.publicJwk }, this.dataSource);
    const published = await runSqlOne(sql.findPublicKey, { kid: key.kid }, this.dataSource);
    if ((published?.public_jwk as JWK | undefined)?.x !== key.publicJwk.x)
      throw new Error(
        `MRA_EXPORT_SIGNING_KEY_ID ${key.kid} was used for another key before: give the new key a new key id`,
      );
    if (published?.withdrawn_at) throw new Error(withdrawnMessage(key.kid, published.withdrawn_at));
  }

  private async load(): Promise<SigningKey> {
    const { MRA_EXPORT_SIGNING_KEY: pem, MRA_EXPORT_SIGNING_KEY_ID: kid } = this.config;
    if (pem) {
      if (!kid) throw new Error('MRA_EXPORT_SIGNING_KEY_ID is required with MRA_EXPORT_SIGNING_KEY');
      return { kid, privateKey: await importPKCS8(pem, EXPORT_SIGNING_ALG), publicJwk: publicJwkOf(pem, kid) };
    }
    if (this.config.NODE_ENV === 'production')
      throw new Error('MRA_EXPORT_SIGNING_KEY and MRA_EXPORT_SIGNING_KEY_ID are required in production');
    let stored = await runSqlOne(sql.storedSigningKey, undefined, this.dataSource);
    if (!stored) {
      const pair = await generateKeyPair(EXPORT_SIGNING_ALG, { crv: 'Ed25519', extractable: true });
      const newKid = `mra-export-dev-${randomUUID()}`;
      const privatePkcs8 = await exportPKCS8(pair.privateKey);
      const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: newKid, alg: EXPORT_SIGNING_ALG, use: 'sig' };
      await runSql(sql.insertSigningKey, { kid: newKid, privatePkcs8, publicJwk }, this.dataSource);
      stored = await runSqlOne(sql.storedSigningKey, undefined, this.dataSource);
      this.logger.warn('MRA_EXPORT_SIGNING_KEY is not set: list exports are signed with a generated development key');
    }
    return {
      kid: stored!.kid,
      privateKey: await importPKCS8(stored!.private_pkcs8, EXPORT_SIGNING_ALG),
      publicJwk: stored!.public_jwk as JWK,
    };
  }

  private current(): SigningKey {
    if (!this.key) throw new Error('The export signing key is not loaded yet');
    return this.key;
  }

  /** This instance's key, unless it has been withdrawn since the start (503: restart with a new key). */
  async usable(runner: SqlRunner = this.dataSource): Promise<SigningKey> {
    const key = this.current();
    const withdrawnAt = (await runSqlOne(sql.findPublicKey, { kid: key.kid }, runner))?.withdrawn_at;
    if (withdrawnAt) throw new ServiceUnavailableException(withdrawnMessage(key.kid, withdrawnAt));
    return key;
  }

  get kid(): string {
    return this.current().kid;
  }

  /** The published keys partners verify our exports with (JWKS): every key that has signed and is not withdrawn, newest first. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const rows = await runSql(sql.publishedKeys, undefined, this.dataSource);
    return { keys: rows.map((row) => row.public_jwk as JWK) };
  }

  /**
   * A compact JWS (EdDSA, `kid` in the header) over the document's JSON; 503 once this instance's
   * key has been withdrawn (it must be restarted with a new one).
   */
  async sign(document: unknown, runner: SqlRunner = this.dataSource): Promise<string> {
    const key = await this.usable(runner);
    return new CompactSign(new TextEncoder().encode(JSON.stringify(document)))
      .setProtectedHeader({ alg: EXPORT_SIGNING_ALG, kid: key.kid, typ: 'JOSE', cty: 'application/json' })
      .sign(key.privateKey);
  }
}
