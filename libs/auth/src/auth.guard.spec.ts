import { Controller, Get, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AuthModule } from './auth.module';
import { Public, Roles } from './auth.guard';
import { ROLES } from './roles';
import { issueDevelopmentToken } from './tokens';

const secret = 'unit-test-secret-0123456789';

@Controller()
class ProbeController {
  @Public() @Get('open') open() {
    return { ok: true };
  }
  @Roles(ROLES.executive) @Get('decide') decide() {
    return { ok: true };
  }
}

describe('AuthGuard (real HTTP through Nest)', () => {
  let app: INestApplication;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ secret, issuer: 'aeo-platform', audience: 'aeo-platform' })],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterAll(() => app.close());

  it('lets public routes through', () => request(app.getHttpServer()).get('/open').expect(200));

  it('answers 401 without a token, with a clear message', async () => {
    const response = await request(app.getHttpServer()).get('/decide').expect(401);
    expect(response.body.message).toMatch(/Missing bearer token/);
  });

  it('answers 401 for a token signed with another key', async () => {
    const token = issueDevelopmentToken(
      { sub: 'x', roles: [ROLES.executive] },
      { secret: 'another-secret-0123456789' },
    );
    const response = await request(app.getHttpServer())
      .get('/decide')
      .set('Authorization', `Bearer ${token}`)
      .expect(401);
    expect(response.body.message).toMatch(/invalid signature/);
  });

  it('answers 403 naming the role needed', async () => {
    const token = issueDevelopmentToken({ sub: 'v', roles: [ROLES.validator], region: 'DARKHAN' }, { secret });
    const response = await request(app.getHttpServer())
      .get('/decide')
      .set('Authorization', `Bearer ${token}`)
      .expect(403);
    expect(response.body.message).toContain('[executive]');
  });

  it('accepts the right role', async () => {
    const token = issueDevelopmentToken({ sub: 'e', roles: [ROLES.executive] }, { secret });
    await request(app.getHttpServer()).get('/decide').set('Authorization', `Bearer ${token}`).expect(200);
  });
});
