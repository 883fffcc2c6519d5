import { securityHeaders } from './security-headers.js';

describe('securityHeaders', () => {
  it("are helmet's defaults without a content security policy", () => {
    const headers = securityHeaders();
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(headers).not.toHaveProperty('content-security-policy');
  });

  it('follow the options given', () => {
    expect(securityHeaders({ frameguard: { action: 'deny' } })).toMatchObject({
      'x-frame-options': 'DENY',
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
  });
});
