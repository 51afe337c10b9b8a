// Every English message has a Chinese entry with the same placeholders and plural forms, and nothing extra.
import { describe, expect, it } from 'vitest';
import type { TranslationJSON } from '@nanostores/i18n';
import { i18n } from './i18n';
import { pickLanguage } from './locale';
import { zhCN } from './zh-CN/index';

// Importing every English namespace registers it with the runtime (i18n.cache.en).
const loaders = import.meta.glob('./en/*.ts');
await Promise.all(Object.values(loaders).map((load) => load()));
const namespaces = Object.keys(loaders);

const english = i18n.cache.en as unknown as Record<string, Record<string, TranslationJSON>>;
const chinese = zhCN as unknown as Record<string, Record<string, TranslationJSON>>;

function placeholders(value: TranslationJSON): string[] {
  const text = typeof value === 'string' ? value : Object.values(value).map(String).join(' ');
  return [...text.matchAll(/\{(\w{1,40})\}/g)].map((m) => m[1]!).sort();
}

const entries = Object.entries(english).flatMap(([ns, messages]) =>
  Object.entries(messages).map(([key, value]) => [ns, key, value] as const),
);

describe('the zh-CN catalogue', () => {
  it('has a namespace for every English namespace file, and no other', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    expect(Object.keys(english)).toHaveLength(namespaces.length);
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(entries)('translates %s.%s', (ns, key, value) => {
    const zh = chinese[ns]?.[key];
    expect(zh, `${ns}.${key} has no zh-CN entry`).toBeDefined();
    if (zh === undefined) return;
    expect(typeof zh).toBe(typeof value);
    if (typeof zh === 'string') expect(zh.trim()).not.toBe('');
    else expect(Object.keys(zh)).toContain('other');
    expect([...new Set(placeholders(zh))]).toEqual([...new Set(placeholders(value))]);
  });

  it('has no key that English lacks', () => {
    for (const [ns, messages] of Object.entries(chinese)) {
      for (const key of Object.keys(messages)) expect(english[ns], `${ns}.${key}`).toHaveProperty(key);
    }
  });
});

describe('pickLanguage', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-Hans-SG', 'en-US'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-HK'], 'zh-CN'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('picks from %j → %s', (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });
});
