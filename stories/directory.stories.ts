import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-directory/grappe-directory.js';
import '../components/grappe-cluster/grappe-cluster.js';
import { EMPTY_FEED, sampleFeed } from './fixtures.js';

interface DirectoryArgs {
  lang: string;
  facets: 'auto' | 'none';
  sort: 'name' | 'members' | 'founded';
  theme: 'light' | 'dark';
}

const meta: Meta<DirectoryArgs> = {
  title: 'Elements/grappe-directory',
  component: 'grappe-directory',
  args: { lang: 'fr', facets: 'auto', sort: 'name', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en'] },
    facets: { control: 'inline-radio', options: ['auto', 'none'] },
    sort: { control: 'inline-radio', options: ['name', 'members', 'founded'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => html`<grappe-data lang=${args.lang} .data=${sampleFeed()}>
    <grappe-directory facets=${args.facets} sort=${args.sort} theme=${args.theme}></grappe-directory>
    <grappe-cluster theme=${args.theme}></grappe-cluster>
  </grappe-data>`,
};
export default meta;
type Story = StoryObj<DirectoryArgs>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const WithoutFacets: Story = { args: { facets: 'none' } };
/** A narrow directory (a phone, a sidebar) with its filters drawer open. */
export const FiltersDrawerOpen: Story = {
  render: (args) => html`<div style="max-width: 22rem">
    <grappe-data lang=${args.lang} .data=${sampleFeed()}>
      <grappe-directory sort=${args.sort} theme=${args.theme}></grappe-directory>
    </grappe-data>
  </div>`,
  play: async ({ canvasElement }) => {
    const directory = canvasElement.querySelector('grappe-directory')!;
    await directory.updateComplete;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const toggle = directory.shadowRoot?.querySelector<HTMLButtonElement>('button.filters-toggle');
      if (toggle) {
        toggle.click();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};
/** A wide directory: the facets beside the list. */
export const SidePanel: Story = {
  render: (args) => html`<grappe-data lang=${args.lang} .data=${sampleFeed()}>
    <grappe-directory style="width: 60rem" sort=${args.sort} theme=${args.theme}></grappe-directory>
  </grappe-data>`,
};
export const Dark: Story = { args: { theme: 'dark' } };
export const PreFiltered: Story = {
  render: (args) => html`<grappe-data lang=${args.lang} filter-territory="fr-84" .data=${sampleFeed()}>
    <grappe-directory facets=${args.facets}></grappe-directory>
  </grappe-data>`,
};
export const Empty: Story = {
  render: (args) =>
    html`<grappe-data lang=${args.lang} .data=${EMPTY_FEED()}><grappe-directory></grappe-directory></grappe-data>`,
};
export const Loading: Story = {
  render: (args) =>
    html`<grappe-data lang=${args.lang} src="/__grappe/slow?ms=600000" timeout="600"><grappe-directory></grappe-directory></grappe-data>`,
};
export const BrokenFeed: Story = {
  render: (args) => html`<grappe-data
    lang=${args.lang}
    .data=${sampleFeed({ clusters: [...(sampleFeed()['clusters'] as unknown[]), { id: 'x' }, { name: 'no id' }] })}
    ><grappe-directory></grappe-directory
  ></grappe-data>`,
};
