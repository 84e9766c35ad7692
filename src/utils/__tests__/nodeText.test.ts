import {createElement, Fragment} from 'react';
import {describe, expect, it} from 'vitest';
import {nodeText} from '../nodeText';

describe('nodeText', () => {
  it('reads strings and numbers', () => {
    expect(nodeText('Key facts and limits')).toBe('Key facts and limits');
    expect(nodeText(15)).toBe('15');
  });

  it('reads through inline elements, fragments and arrays', () => {
    const heading = ['Run ', createElement('code', null, 'docker build'), createElement(Fragment, null, ' then ', 2)];
    expect(nodeText(heading)).toBe('Run docker build then 2');
  });

  it('folds white space and drops zero-width spaces', () => {
    expect(nodeText(['  Lambda\u200b', '\n  pricing  '])).toBe('Lambda pricing');
  });

  it('adds nothing for empty values and for components without children', () => {
    function Badge(): null {
      return null;
    }
    expect(nodeText([null, undefined, false, true, createElement(Badge)])).toBe('');
  });
});
