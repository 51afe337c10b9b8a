// The discovery wording in Simplified Chinese: the same functions, given the zh-CN messages.
import { describe, expect, it } from 'vitest';
import { discoveryWordingMessages } from '../../i18n/en/discovery-wording';
import { messagesIn } from '../../i18n/testing';
import { describeDiscoveryProblem, describeDiscoveryStep } from './describe-discovery';

const zh = messagesIn(discoveryWordingMessages, 'zh-CN');
const URL = 'https://issuer.example/.well-known/openid-configuration';

describe('discovery wording in zh-CN', () => {
  it('explains a CORS refusal and a rotated key in Chinese', () => {
    expect(describeDiscoveryProblem({ code: 'discovery-cors', url: URL }, zh)).toContain('没有发送 CORS 头');
    expect(
      describeDiscoveryProblem(
        { code: 'discovery-no-matching-key', kid: 'k2', alg: undefined, available: ['k1', 'k3'] },
        zh,
      ),
    ).toBe('密钥集中没有与 kid "k2" 对应的密钥；该密钥可能已经轮换下线。其中的 kid 有："k1"、"k3"。');
  });

  it('writes a step line with the URL and its outcome', () => {
    expect(
      describeDiscoveryStep(
        { source: 'oidc', role: 'metadata', url: URL, outcome: 'http-error', status: 404 },
        zh,
      ),
    ).toBe(`${URL}：未找到（HTTP 404）`);
  });
});
