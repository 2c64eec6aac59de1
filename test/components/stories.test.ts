import { expect } from '@esm-bundle/chai';
import { render, type TemplateResult } from 'lit';
import * as explorerStories from '../../stories/explorer.stories.js';
import * as directoryStories from '../../stories/directory.stories.js';
import * as clusterStories from '../../stories/cluster.stories.js';
import * as mapStories from '../../stories/map.stories.js';
import * as partsStories from '../../stories/parts.stories.js';
import * as themingStories from '../../stories/theming.stories.js';
import * as stateStories from '../../stories/states.stories.js';
import * as organisationStories from '../../stories/organisation.stories.js';
import * as publisherStories from '../../stories/publisher.stories.js';
import * as compareStories from '../../stories/compare.stories.js';
import { expectAccessible, settle, waitFor } from '../support/helpers.js';

type StoryModule = Record<string, unknown> & {
  default: { title: string; args?: object; render: (args: object) => TemplateResult };
};

const modules: StoryModule[] = [
  explorerStories,
  directoryStories,
  clusterStories,
  mapStories,
  partsStories,
  themingStories,
  stateStories,
  organisationStories,
  publisherStories,
  compareStories,
] as unknown as StoryModule[];

function isStillLoading(root: Element): boolean {
  const visit = (node: ParentNode): boolean =>
    Array.from(node.querySelectorAll('*')).some(
      (element) => element.classList.contains('loading') || (element.shadowRoot ? visit(element.shadowRoot) : false),
    );
  return visit(root);
}

// The tests render the stories themselves: a story that breaks fails the build.
describe('stories', () => {
  for (const module of modules) {
    const meta = module.default;
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default') continue;
      const {
        args = {},
        render: storyRender,
        play,
      } = story as {
        args?: object;
        render?: (args: object) => TemplateResult;
        play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
      };
      it(`${meta.title} / ${name} renders and is accessible`, async () => {
        const errors: string[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.message);
        window.addEventListener('error', onError);
        const container = document.createElement('div');
        document.body.appendChild(container);
        try {
          render((storyRender ?? meta.render)({ ...meta.args, ...args }), container);
          await settle(container);
          if (!name.includes('Loading')) await waitFor(() => !isStillLoading(container), 5000, `${name} to load`);
          await settle(container);
          // A story's interaction (a drawer opened), as Storybook plays it.
          if (play) {
            await play({ canvasElement: container });
            await settle(container);
          }
          expect(container.firstElementChild, 'rendered element').to.exist;
          await expectAccessible(container);
          expect(errors).to.deep.equal([]);
        } finally {
          window.removeEventListener('error', onError);
          container.remove();
        }
      });
    }
  }
});
