import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, discordEnabled, parseConfig, slackEnabled } from '../../../src/config.ts';

describe('parseConfig', () => {
  it('given no variables, it uses the defaults and enables no platform', () => {
    const c = parseConfig({});
    expect(c.DATABASE_PATH).toBe('./data/plenary.db');
    expect(c.DIGEST_DEFAULT_TIME).toBe('09:00');
    expect(c.DIGEST_DEFAULT_TZ).toBe('UTC');
    expect(c.SLACK_PORT).toBe(3000);
    expect(c.DIGEST_MAX_IN_FLIGHT).toBe(4);
    expect(slackEnabled(c)).toBe(false);
    expect(discordEnabled(c)).toBe(false);
  });

  it('given a Slack bot token without a signing secret or app token, it names SLACK_SIGNING_SECRET', () => {
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(ConfigError);
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /^SLACK_SIGNING_SECRET is not set: required/,
    );
  });

  it('given HEALTH_PORT blank as in .env.example, there is no health server; 0 and a number are ports', () => {
    expect(parseConfig({ HEALTH_PORT: '' }).HEALTH_PORT).toBeUndefined();
    expect(parseConfig({ HEALTH_PORT: ' ' }).HEALTH_PORT).toBeUndefined();
    expect(parseConfig({ HEALTH_PORT: '0' }).HEALTH_PORT).toBe(0);
    expect(parseConfig({ HEALTH_PORT: '9464' }).HEALTH_PORT).toBe(9464);
    expect(() => parseConfig({ HEALTH_PORT: 'eighty' })).toThrow(/^HEALTH_PORT is invalid/);
    expect(() => parseConfig({ HEALTH_PORT: '70000' })).toThrow(/^HEALTH_PORT is invalid/);
  });

  it('given ANSWER_CACHE_ENTRIES, it keeps that many answers, 0 none; unset or blank, 2,000; words name the variable', () => {
    expect(parseConfig({}).ANSWER_CACHE_ENTRIES).toBe(2000);
    expect(parseConfig({ ANSWER_CACHE_ENTRIES: '' }).ANSWER_CACHE_ENTRIES).toBe(2000);
    expect(parseConfig({ ANSWER_CACHE_ENTRIES: '0' }).ANSWER_CACHE_ENTRIES).toBe(0);
    expect(parseConfig({ ANSWER_CACHE_ENTRIES: '500' }).ANSWER_CACHE_ENTRIES).toBe(500);
    expect(() => parseConfig({ ANSWER_CACHE_ENTRIES: 'many' })).toThrow(/^ANSWER_CACHE_ENTRIES is invalid/);
  });

  it('given CHART_CACHE_MAX_FILES, it keeps that many pictures; unset, 500; zero or words name the variable', () => {
    expect(parseConfig({}).CHART_CACHE_MAX_FILES).toBe(500);
    expect(parseConfig({ CHART_CACHE_MAX_FILES: '2000' }).CHART_CACHE_MAX_FILES).toBe(2000);
    expect(() => parseConfig({ CHART_CACHE_MAX_FILES: '0' })).toThrow(/^CHART_CACHE_MAX_FILES is invalid/);
    expect(() => parseConfig({ CHART_CACHE_MAX_FILES: 'many' })).toThrow(/^CHART_CACHE_MAX_FILES is invalid/);
    expect(() => parseConfig({ CHART_CACHE_MAX_FILES: '1.5' })).toThrow(/^CHART_CACHE_MAX_FILES is invalid/);
  });

  it('.env.example lists every variable, each under a comment, and parses as it stands', () => {
    const lines = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8').split('\n');
    const isVariable = (l: string | undefined) => l !== undefined && /^[A-Z_]+=/.test(l);
    /** The line above a variable, or above the run of variables it belongs to, is its comment. */
    const commented = (i: number): boolean => {
      let j = i - 1;
      while (isVariable(lines[j])) j -= 1;
      return lines[j]?.startsWith('# ') === true;
    };
    const listed = lines.flatMap((line, i) => {
      const name = /^([A-Z_]+)=/.exec(line)?.[1];
      return name ? [{ name, commented: commented(i) }] : [];
    });
    expect(listed.map((v) => v.name).sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
    expect(listed.filter((v) => !v.commented)).toEqual([]);
    const values = Object.fromEntries(lines.filter(isVariable).map((l) => l.split('=', 2)));
    expect(parseConfig(values).CHART_CACHE_MAX_FILES).toBe(500);
  });

  it('given DATABASE_URL, Postgres is used only for a postgres:// URL; blank means SQLite; bad values name it', () => {
    const url = 'postgres://plenary:secret@db:5432/plenary';
    expect(parseConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    expect(parseConfig({ DATABASE_URL: 'postgresql://db/plenary' }).DATABASE_URL).toBe(
      'postgresql://db/plenary',
    );
    expect(parseConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(() => parseConfig({ DATABASE_URL: 'mysql://db/plenary' })).toThrow(
      /^DATABASE_URL is invalid: expected a postgres/,
    );
    expect(() => parseConfig({ DATABASE_URL: 'plenary.db' })).toThrow(/^DATABASE_URL is invalid/);
    expect(parseConfig({}).DIGEST_CLAIM_LEASE_SECONDS).toBe(45);
    expect(() => parseConfig({ DIGEST_CLAIM_LEASE_SECONDS: '1' })).toThrow(
      /^DIGEST_CLAIM_LEASE_SECONDS is invalid/,
    );
  });

  it('given only one of DISCORD_PUBLIC_KEY and DISCORD_INTERACTIONS_PORT, it names the missing one', () => {
    const key = 'a'.repeat(64);
    expect(
      parseConfig({ DISCORD_PUBLIC_KEY: key, DISCORD_INTERACTIONS_PORT: '8080' }).DISCORD_INTERACTIONS_PORT,
    ).toBe(8080);
    expect(() => parseConfig({ DISCORD_PUBLIC_KEY: key })).toThrow(/^DISCORD_INTERACTIONS_PORT is not set/);
    expect(() => parseConfig({ DISCORD_PUBLIC_KEY: 'abc', DISCORD_INTERACTIONS_PORT: '1' })).toThrow(
      /^DISCORD_PUBLIC_KEY is invalid/,
    );
  });

  it('given a bot token in the wrong format, it says what it expects', () => {
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'abc', SLACK_SIGNING_SECRET: 's' })).toThrow(
      'SLACK_BOT_TOKEN is invalid: expected a bot token (xoxb-…)',
    );
  });

  it('given a bad time zone or time, it names the variable', () => {
    expect(() => parseConfig({ DIGEST_DEFAULT_TZ: 'Mars/Olympus' })).toThrow(/^DIGEST_DEFAULT_TZ is invalid/);
    expect(() => parseConfig({ DIGEST_DEFAULT_TIME: '25:00' })).toThrow(/^DIGEST_DEFAULT_TIME is invalid/);
  });

  it('given Slack HTTP mode and Discord, it enables both and treats empty values as unset', () => {
    const c = parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_APP_TOKEN: '',
      DISCORD_TOKEN: 'abc',
      DISCORD_APPLICATION_ID: '123456789',
    });
    expect(slackEnabled(c)).toBe(true);
    expect(discordEnabled(c)).toBe(true);
    expect(c.SLACK_APP_TOKEN).toBeUndefined();
  });

  describe('installing into any workspace (Slack OAuth)', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const oauth = {
      SLACK_CLIENT_ID: '1111.2222',
      SLACK_CLIENT_SECRET: 'client-secret',
      SLACK_STATE_SECRET: 'state-secret-0123456789',
      SLACK_TOKEN_KEY: key,
      SLACK_SIGNING_SECRET: 'signing',
    };

    it('given the OAuth variables without a bot token, it enables Slack', () => {
      const c = parseConfig(oauth);
      expect(slackEnabled(c)).toBe(true);
      expect(c.SLACK_BOT_TOKEN).toBeUndefined();
    });

    it('given no SLACK_TOKEN_KEY, or one that is not 32 bytes, it says how to make one', () => {
      expect(() => parseConfig({ ...oauth, SLACK_TOKEN_KEY: '' })).toThrow(
        /^SLACK_TOKEN_KEY is not set: .*openssl rand -base64 32/,
      );
      expect(() => parseConfig({ ...oauth, SLACK_TOKEN_KEY: 'c2hvcnQ=' })).toThrow(
        /^SLACK_TOKEN_KEY is invalid: expected 32 random bytes in base64/,
      );
    });

    it('given a client id alone, it names the next variable to set', () => {
      expect(() => parseConfig({ SLACK_CLIENT_ID: '1111.2222' })).toThrow(/^SLACK_CLIENT_SECRET is not set/);
    });

    it('given a bot token or an app token beside the OAuth variables, it refuses the mix', () => {
      expect(() => parseConfig({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
        /^SLACK_BOT_TOKEN is invalid: leave unset with SLACK_CLIENT_ID/,
      );
      expect(() => parseConfig({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' })).toThrow(
        /^SLACK_APP_TOKEN is invalid/,
      );
    });
  });
});
