import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-cluster/grappe-cluster.js';
import '../components/grappe-members/grappe-members.js';
import { sampleFeed } from './fixtures.js';

interface ClusterArgs {
  lang: string;
  clusterId: string;
  theme: 'light' | 'dark';
}

const meta: Meta<ClusterArgs> = {
  title: 'Elements/grappe-cluster',
  component: 'grappe-cluster',
  args: { lang: 'fr', clusterId: 'eco-energies', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en'] },
    clusterId: { control: 'select', options: ['eco-energies', 'viameca', 'neopolia'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => html`<grappe-data lang=${args.lang} .data=${sampleFeed()}>
    <grappe-cluster cluster-id=${args.clusterId} theme=${args.theme}></grappe-cluster>
    <grappe-members cluster-id=${args.clusterId} theme=${args.theme}></grappe-members>
  </grappe-data>`,
};
export default meta;
type Story = StoryObj<ClusterArgs>;

export const WithIndicators: Story = {};
export const WithMembersAndCooperations: Story = { args: { clusterId: 'viameca' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
