import {describe, expect, it} from 'vitest';
import {type ClientManifest, routeChunks, withModuleOrigins} from '../manifest';

/** The shape the addon writes under Rspack: origins keyed by chunk name only. */
const MANIFEST: ClientManifest = {
  entrypoints: ['main'],
  origins: {
    main: ['14', '783', '889'],
    '17896441': ['14', '324', '5', '106'],
    '391a238b': ['14', '5', '815'],
  },
  assets: {},
};

describe('the client manifest', () => {
  it('maps the path a route module is imported from to the chunks of its chunk name', () => {
    const fixed = withModuleOrigins(MANIFEST, [
      {name: '17896441', requests: ['@theme/DocItem']},
      {name: '391a238b', requests: ['@site/docs/compute/lambda.mdx']},
    ]);
    expect(fixed.origins['@theme/DocItem']).toEqual(['14', '324', '5', '106']);
    expect(fixed.origins['@site/docs/compute/lambda.mdx']).toEqual(['14', '5', '815']);
    // What was there stays.
    expect(fixed.origins.main).toEqual(['14', '783', '889']);
    expect(fixed.entrypoints).toEqual(['main']);
  });

  it('fails, naming the chunk, when a named chunk is missing from the manifest', () => {
    expect(() => withModuleOrigins(MANIFEST, [{name: 'a1b2c3d4', requests: ['@theme/Missing']}])).toThrow(
      'client manifest: chunk "a1b2c3d4" has no entry in "origins"',
    );
  });
});

describe('the route chunks of a build', () => {
  it('are the named chunks imported from exactly one path', () => {
    expect(
      routeChunks([
        {names: ['17896441'], origins: [{request: '@theme/DocItem'}, {request: '@theme/DocItem'}]},
        // A split chunk shared by many imports is no route's own chunk.
        {names: ['common'], origins: [{request: '@theme/DocItem'}, {request: '@site/docs/compute/lambda.mdx'}]},
        // Unnamed chunks and entry chunks without a request are skipped.
        {names: [], origins: [{request: '@theme/DocItem'}]},
        {names: ['runtime~main'], origins: [{}]},
      ]),
    ).toEqual([{name: '17896441', requests: ['@theme/DocItem']}]);
  });
});
