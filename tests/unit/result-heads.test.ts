/** The table of result heads: what it keeps of a fragment, and how a fragment that is not Pagefind's fails. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { resultHeadOf } from '../../src/lib/result-heads.ts';
import { readFragment } from '../../src/integrations/result-heads.ts';

/** A fragment file as Pagefind writes it: gzip around the marker and the JSON. */
const fragmentFile = (body: unknown, marker = 'pagefind_dcd'): Buffer =>
  gzipSync(Buffer.from(`${marker}${JSON.stringify(body)}`));

describe('result heads', () => {
  it('keep the URL and the meta a head shows, the title only where there is no label', () => {
    const code = resultHeadOf({
      url: '/codes/425/',
      meta: {
        code: '425',
        label: "Can't open data connection",
        title: "425 Can't open data connection",
        type: 'code',
        image: 'x.png',
      },
    });
    assert.deepEqual(code, {
      url: '/codes/425/',
      meta: { code: '425', label: "Can't open data connection", type: 'code' },
    });
    const guide = resultHeadOf({ url: '/guides/ftp-session/', meta: { title: 'An FTP session', type: 'guide' } });
    assert.deepEqual(guide.meta, { title: 'An FTP session', type: 'guide' });
  });

  it('read a fragment as Pagefind writes it', () => {
    const body = { url: '/codes/550/', content: 'text', meta: { code: '550', label: 'File unavailable' } };
    assert.deepEqual(readFragment('en_1.pf_fragment', fragmentFile(body)), { url: body.url, meta: body.meta });
  });

  it('fail with the file named when a fragment is not what Pagefind writes', () => {
    assert.throws(() => readFragment('en_2.pf_fragment', fragmentFile({ url: '/' }, 'other')), /en_2\.pf_fragment/);
    assert.throws(() => readFragment('en_3.pf_fragment', fragmentFile({ meta: {} })), /en_3\.pf_fragment has no url/);
  });
});
