import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-explorer/grappe-explorer.js';
import { sampleFeed } from './fixtures.js';

interface ExplorerArgs {
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  view: 'both' | 'map' | 'list';
  colorBy: string;
  src: string;
  selected: string;
}

const meta: Meta<ExplorerArgs> = {
  title: 'Elements/grappe-explorer',
  component: 'grappe-explorer',
  args: { lang: 'fr', theme: 'light', view: 'both', colorBy: 'kind', src: '', selected: '' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    view: { control: 'inline-radio', options: ['both', 'map', 'list'] },
    colorBy: { control: 'select', options: ['kind', 'sector', 'stage', 'programme'] },
  },
  render: (args) => html`<grappe-explorer
    lang=${args.lang}
    theme=${args.theme}
    view=${args.view}
    color-by=${args.colorBy}
    selected=${args.selected}
    .data=${args.src ? undefined : sampleFeed()}
    src=${args.src}
  ></grappe-explorer>`,
};
export default meta;

type Story = StoryObj<ExplorerArgs>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Selected: Story = { args: { selected: 'eco-energies' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const ListOnly: Story = { args: { view: 'list' } };
export const ColouredBySector: Story = { args: { colorBy: 'sector' } };
export const SampleFeedFromTheRepository: Story = { args: { src: '/examples/clusters-france.json' } };
export const NetworkError: Story = { args: { src: '/__missing__/feed.json' } };
