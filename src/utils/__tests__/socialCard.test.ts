import {describe, expect, it} from 'vitest';
import {cardRoute, socialCardPath} from '../socialCard';
import {sectionUrl} from '../sectionUrl';

describe('socialCardPath', () => {
  it.each([
    ['/aws-other-compute/', 'img/social/index.png'],
    ['/aws-other-compute', 'img/social/index.png'],
    ['/aws-other-compute/lambda', 'img/social/lambda.png'],
    ['/aws-other-compute/lambda/', 'img/social/lambda.png'],
    ['/aws-other-compute/404.html', 'img/social/404.png'],
    ['/aws-other-compute/group/page', 'img/social/group/page.png'],
  ])('%s -> %s', (pathname, expected) => {
    expect(socialCardPath(pathname, '/aws-other-compute/')).toBe(expected);
  });

  it('works at the root of a domain', () => {
    expect(cardRoute('/', '/')).toBe('index');
    expect(cardRoute('/cheat-sheet', '/')).toBe('cheat-sheet');
  });
});

describe('sectionUrl', () => {
  it('is the page as served, without its query, plus the heading id', () => {
    expect(sectionUrl({origin: 'https://example.github.io', pathname: '/aws-other-compute/lambda'}, 'limits')).toBe(
      'https://example.github.io/aws-other-compute/lambda#limits',
    );
  });
});
