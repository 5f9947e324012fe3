import { ConfigurationError, kafkaSecurityFrom, loadConfig } from '@aeo/config';
import { connectionSecurity, CONSUMER_REBALANCE_TIMEOUT_MS } from '@aeo/messaging';
import { AEO_REGISTER_WAIT_MAX_MS, riskManagementEnvSchema, TRANSACTIONAL_ONLY_VARIABLES } from './config';
import { DEFAULT_CHANNEL_RULES } from './channel-decisions/channel-rules';
import { DEFAULT_RISK_MODEL } from './scoring/risk-model';

describe('risk-management configuration', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig(riskManagementEnvSchema, { AUTH_DEVELOPMENT: 'true' });
    expect(config.RISK_MODEL_JSON).toEqual(DEFAULT_RISK_MODEL);
    expect(config.CHANNEL_RULES_JSON).toEqual(DEFAULT_CHANNEL_RULES);
    expect(config.AEO_STATUS_CACHE_MAX_ENTRIES).toBe(50_000);
  });

  it('merges partial model and rule overrides from JSON', () => {
    const config = loadConfig(riskManagementEnvSchema, {
      AUTH_DEVELOPMENT: 'true',
      RISK_MODEL_JSON: '{"halfLifeDays":90,"severityPoints":{"critical":50}}',
      CHANNEL_RULES_JSON: '{"randomRedRate":0.05,"aeo":{"selectionRateFactor":0.1}}',
    });
    expect(config.RISK_MODEL_JSON).toMatchObject({ halfLifeDays: 90, severityPoints: { critical: 50, serious: 20 } });
    expect(config.CHANNEL_RULES_JSON).toMatchObject({
      randomRedRate: 0.05,
      aeo: { selectionRateFactor: 0.1, scoreReductionShareOfRedThreshold: 0.2 },
    });
  });

  it('fails at boot on bad JSON or an invalid weight, naming the variable and field', () => {
    expect(() => loadConfig(riskManagementEnvSchema, { RISK_MODEL_JSON: '{nope' })).toThrow(
      /RISK_MODEL_JSON: must be JSON/,
    );
    expect(() => loadConfig(riskManagementEnvSchema, { RISK_MODEL_JSON: '{"halfLifeDays":-3}' })).toThrow(
      ConfigurationError,
    );
    expect(() => loadConfig(riskManagementEnvSchema, { CHANNEL_RULES_JSON: '{"randomRedRate":2}' })).toThrow(
      /CHANNEL_RULES_JSON\.randomRedRate/,
    );
  });

  it("bounds the AEO register wait below the consumers' rebalance timeout (a waiting member is not evicted)", () => {
    expect(loadConfig(riskManagementEnvSchema, { AUTH_DEVELOPMENT: 'true' }).AEO_REGISTER_WAIT_MS).toBe(10_000);
    expect(AEO_REGISTER_WAIT_MAX_MS).toBeLessThanOrEqual(CONSUMER_REBALANCE_TIMEOUT_MS - 3_000);
    expect(() =>
      loadConfig(riskManagementEnvSchema, { AUTH_DEVELOPMENT: 'true', AEO_REGISTER_WAIT_MS: '30000' }),
    ).toThrow(/AEO_REGISTER_WAIT_MS/);
    expect(
      loadConfig(riskManagementEnvSchema, { AUTH_DEVELOPMENT: 'true', AEO_REGISTER_WAIT_MS: '12000' })
        .AEO_REGISTER_WAIT_MS,
    ).toBe(12_000);
  });

  describe("the transactional path's settings", () => {
    const dev = { AUTH_DEVELOPMENT: 'true' };
    const values = {
      CHANNEL_DECISIONS_ROLE: 'decider',
      CHANNEL_DECIDER_TRANSACTIONAL_ID: 'risk-1',
      CHANNEL_DECIDER_CATCH_UP_MS: '5000',
    } satisfies Record<(typeof TRANSACTIONAL_ONLY_VARIABLES)[number], string>;

    it.each(TRANSACTIONAL_ONLY_VARIABLES)('%s set on the database path stops the boot, naming it', (variable) => {
      // Silently ignored before: a deployment setting it believed it ran the transactional path.
      expect(() => loadConfig(riskManagementEnvSchema, { ...dev, [variable]: values[variable] })).toThrow(
        new RegExp(`${variable}: is a setting of CHANNEL_DECISIONS_PATH=transactional`),
      );
      expect(
        loadConfig(riskManagementEnvSchema, {
          ...dev,
          CHANNEL_DECISIONS_PATH: 'transactional',
          [variable]: values[variable],
        }),
      ).toMatchObject({ [variable]: variable === 'CHANNEL_DECIDER_CATCH_UP_MS' ? 5000 : values[variable] });
    });

    it("a decider takes the cluster's TLS and SASL settings, as the service's other clients", () => {
      const config = loadConfig(riskManagementEnvSchema, {
        ...dev,
        CHANNEL_DECISIONS_PATH: 'transactional',
        KAFKA_SSL: 'true',
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'aeo-risk-management',
        KAFKA_SASL_PASSWORD: 'secret',
      });
      expect(connectionSecurity(kafkaSecurityFrom(config))).toEqual({
        tls: {},
        sasl: { mechanism: 'SCRAM-SHA-512', username: 'aeo-risk-management', password: 'secret' },
      });
      expect(connectionSecurity(kafkaSecurityFrom(loadConfig(riskManagementEnvSchema, dev)))).toEqual({});
    });
  });
});
