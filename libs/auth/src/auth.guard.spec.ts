import { Controller, Get, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AuthModule } from './auth.module';
import { Public, RequireScopes, Roles } from './auth.guard';
import { ROLES } from './roles';
import { TestIssuer, TestKey, testKey } from './oidc-test-issuer';

@Controller()
class ProbeController {
  @Public() @Get('open') open() {
    return { ok: true };
  }
  @Roles(ROLES.executive) @Get('decide') decide() {
    return { ok: true };
  }
  @Roles(ROLES.backendPlatform, ROLES.operations) @RequireScopes('aeo.status.read') @Get('status') status() {
    return { ok: true };
  }
}

describe('AuthGuard (real HTTP through Nest, tokens of a real local issuer)', () => {
  let app: INestApplication;
  let issuer: TestIssuer;
  let key: TestKey;
  const token = async (claims: Record<string, unknown>, signer = key) =>
    `Bearer ${await issuer.sign(signer, {
      iss: issuer.url,
      aud: 'aeo-platform',
      exp: Math.floor(Date.now() / 1000) + 600,
      ...claims,
    })}`;

  beforeAll(async () => {
    issuer = await new TestIssuer().start();
    key = await testKey('guard-1');
    issuer.published = [key];
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ issuer: issuer.url, audience: 'aeo-platform', development: true })],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await issuer.stop();
  });

  it('lets public routes through', () => request(app.getHttpServer()).get('/open').expect(200));

  it('answers 401 without a token, with a clear message', async () => {
    const response = await request(app.getHttpServer()).get('/decide').expect(401);
    expect(response.body.message).toMatch(/Missing bearer token/);
  });

  it('answers 400 naming the header when Authorization is sent twice (Node would keep the first silently)', async () => {
    const valid = await token({ sub: 'x', roles: [ROLES.executive] });
    const response = await request(app.getHttpServer())
      .get('/decide')
      // Two header lines (superagent sends an array as one line each; its types allow arrays for Cookie only).
      .set('Authorization', [valid, 'Bearer not-a-token'] as unknown as string)
      .expect(400);
    expect(response.body.message).toBe('Authorization: must be given once (one header), not 2 times');
    await request(app.getHttpServer()).get('/decide').set('Authorization', valid).expect(200);
  });

  it('answers 401 for a token signed with a key the issuer does not publish', async () => {
    const response = await request(app.getHttpServer())
      .get('/decide')
      .set('Authorization', await token({ sub: 'x', roles: [ROLES.executive] }, await testKey('guard-1')))
      .expect(401);
    expect(response.body.message).toBe('Invalid token: signature does not verify');
  });

  it('answers 403 naming the role needed', async () => {
    const response = await request(app.getHttpServer())
      .get('/decide')
      .set('Authorization', await token({ sub: 'v', roles: [ROLES.validator], region: 'DARKHAN' }))
      .expect(403);
    expect(response.body.message).toContain('[executive]');
  });

  it('accepts the right role, again from the verified-token cache', async () => {
    const executive = await token({ sub: 'e', roles: [ROLES.executive] });
    await request(app.getHttpServer()).get('/decide').set('Authorization', executive).expect(200);
    await request(app.getHttpServer()).get('/decide').set('Authorization', executive).expect(200);
  });

  it('answers a backend platform without the operation’s scope 403 naming it; with it, or another role, 200', async () => {
    const response = await request(app.getHttpServer())
      .get('/status')
      .set('Authorization', await token({ sub: 'dp', roles: [ROLES.backendPlatform], scope: 'aeo.events.subscribe' }))
      .expect(403);
    expect(response.body.message).toMatch(/needs the scope aeo.status.read for backend platforms/);
    await request(app.getHttpServer())
      .get('/status')
      .set('Authorization', await token({ sub: 'sw', roles: [ROLES.backendPlatform], scope: 'aeo.status.read' }))
      .expect(200);
    await request(app.getHttpServer())
      .get('/status')
      .set('Authorization', await token({ sub: 'ops', roles: [ROLES.operations] }))
      .expect(200);
  });
});
