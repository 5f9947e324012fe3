import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, type JWK, type JWTPayload, SignJWT, exportJWK, generateKeyPair } from 'jose';

/** A signing key of the test issuer: its private key signs, its public JWK is published (or not). */
export interface TestKey {
  readonly kid: string;
  readonly alg: 'RS256' | 'ES256';
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

export async function testKey(kid: string, alg: 'RS256' | 'ES256' = 'RS256'): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/**
 * An OpenID provider for the tests of token verification: a real HTTP server on 127.0.0.1 serving
 * `/.well-known/openid-configuration` and the JWKS of `published` (changed by a test to rotate
 * keys), counting the JWKS fetches. `available` false answers 503 to everything (a provider not up);
 * `jwksAnswer` replaces the JWKS answer alone (a failing or malformed key set after discovery).
 */
export class TestIssuer {
  published: TestKey[] = [];
  available = true;
  jwksFetches = 0;
  /** What the JWKS endpoint answers instead of the published keys (status and body). */
  jwksAnswer?: { status: number; body: unknown };
  /** The discovery document's `issuer`, when a test wants it to differ from the server's URL. */
  announcedIssuer?: string;
  private server?: Server;
  url = '';

  async start(path = ''): Promise<this> {
    this.server = createServer((request, response) => {
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (!this.available) return send(503, { error: 'starting' });
      if (request.url === `${path}/.well-known/openid-configuration`)
        return send(200, { issuer: this.announcedIssuer ?? this.url, jwks_uri: `${this.url}/jwks` });
      if (request.url === `${path}/jwks`) {
        this.jwksFetches += 1;
        if (this.jwksAnswer) return send(this.jwksAnswer.status, this.jwksAnswer.body);
        return send(200, { keys: this.published.map((key) => key.publicJwk) });
      }
      send(404, {});
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A token signed by `key` (kid and alg in its header) with these claims; iss, aud and exp as given. */
  sign(key: TestKey, claims: JWTPayload, header: { kid?: string } = {}): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: key.alg, typ: 'at+jwt', kid: header.kid ?? key.kid })
      .sign(key.privateKey);
  }
}
