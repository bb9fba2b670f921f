import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { labelMediaDurations } from '../../../src/web/presenters/body.ts';

describe('labelMediaDurations', () => {
  test('adds a clock label from the figure or from the media block at its position', () => {
    const html =
      '<p>Text</p><figure data-media="video" data-duration="1097"><figcaption>Interview</figcaption></figure>' +
      '<figure><img src="a.jpg" alt=""></figure><figure data-media="audio"><figcaption>Podcast</figcaption></figure>';
    const media = [
      { kind: 'video' as const, title: 'Interview', durationSeconds: null, url: null, poster: null },
      { kind: 'audio' as const, title: 'Podcast', durationSeconds: 245, url: null, poster: null },
    ];
    assert.equal(
      labelMediaDurations(html, media),
      '<p>Text</p><figure data-duration-label="18:17" data-media="video" data-duration="1097"><figcaption>Interview</figcaption></figure>' +
        '<figure><img src="a.jpg" alt=""></figure><figure data-duration-label="4:05" data-media="audio"><figcaption>Podcast</figcaption></figure>',
    );
  });

  test('leaves figures without any known duration alone', () => {
    const html = '<figure data-media="video" data-duration="bald"><figcaption>X</figcaption></figure>';
    assert.equal(labelMediaDurations(html, []), html);
  });
});
